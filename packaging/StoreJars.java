import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites jars for the installers (called by build-dist.sh, see docs/decisions/0041):
 * <ul>
 *   <li>every entry STORED (not deflated): the .deb and .rpm compress their whole payload with xz, which
 *       finds the redundancy across all class files of all jars; it cannot see through per-entry deflate.
 *       113 MB instead of 242 MB for the same jars, measured on this project's lib/;</li>
 *   <li>native libraries of other platforms dropped (zstd-jni, snappy, lz4, commons-crypto and netlib
 *       carry natives for up to 28 OS/CPU pairs; the image's runtime runs on one).</li>
 * </ul>
 * Entry order, names, times and directory entries stay as they are; contents are byte-identical, so
 * signed jars stay valid (a dropped entry is not checked by the JDK's verifier).
 *
 * <p>Usage: {@code java StoreJars.java <os> <arch,alias,...> <outDir> <jar>...}, e.g.
 * {@code java StoreJars.java linux x86_64,amd64 out lib/*.jar}. Prints one summary line.
 */
public final class StoreJars {

    private static final Pattern NATIVE = Pattern.compile("(?i).*\\.(so|a|dll|dylib|jnilib)$");
    /** An OS folder followed by a CPU folder, as zstd-jni (linux/amd64/), snappy (Linux/x86_64/) and netlib (Linux-amd64/) lay them out. */
    private static final Pattern PLATFORM_DIR = Pattern.compile(
            "(?i)(?:^|/)(aix|darwin|mac|osx|freebsd|linux|sunos|win|win32|windows)[-/]([^/]+)/");

    private StoreJars() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: java StoreJars.java <os> <arch,alias,...> <outDir> <jar>...");
            System.exit(2);
        }
        String os = args[0].toLowerCase(Locale.ROOT);
        Set<String> arches = Set.of(args[1].toLowerCase(Locale.ROOT).split(","));
        Path out = Files.createDirectories(Path.of(args[2]));
        long droppedEntries = 0;
        long droppedBytes = 0;
        int jars = 0;
        for (int i = 3; i < args.length; i++) {
            Path jar = Path.of(args[i]);
            long[] dropped = rewrite(jar, out.resolve(jar.getFileName().toString()), os, arches);
            droppedEntries += dropped[0];
            droppedBytes += dropped[1];
            jars++;
        }
        System.out.printf(Locale.ROOT, "stored %d jars; dropped %d native libraries of other platforms (%.1f MB)%n",
                jars, droppedEntries, droppedBytes / 1e6);
    }

    /** Returns {entries dropped, their uncompressed bytes}. */
    private static long[] rewrite(Path source, Path target, String os, Set<String> arches) throws IOException {
        long[] dropped = {0, 0};
        CRC32 crc = new CRC32();
        try (ZipFile in = new ZipFile(source.toFile());
                OutputStream file = Files.newOutputStream(target);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setMethod(ZipOutputStream.STORED);
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (isForeignNative(entry.getName(), os, arches)) {
                    dropped[0]++;
                    dropped[1] += entry.getSize();
                    continue;
                }
                byte[] bytes;
                try (InputStream data = in.getInputStream(entry)) {
                    bytes = data.readAllBytes();
                }
                crc.reset();
                crc.update(bytes);
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setMethod(ZipEntry.STORED);
                copy.setSize(bytes.length);
                copy.setCompressedSize(bytes.length);
                copy.setCrc(crc.getValue());
                copy.setTime(entry.getTime());
                if (entry.getComment() != null) {
                    copy.setComment(entry.getComment());
                }
                zip.putNextEntry(copy);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return dropped;
    }

    /** A native library under an OS/CPU folder that is not this image's; natives outside such folders stay. */
    static boolean isForeignNative(String name, String os, Set<String> arches) {
        if (!NATIVE.matcher(name).matches()) {
            return false;
        }
        Matcher platform = PLATFORM_DIR.matcher(name);
        if (!platform.find()) {
            return false;
        }
        String entryOs = platform.group(1).toLowerCase(Locale.ROOT);
        String entryArch = platform.group(2).toLowerCase(Locale.ROOT);
        return !(entryOs.equals(os) && arches.contains(entryArch));
    }
}

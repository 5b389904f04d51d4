package io.sparkworkbench.engine.connect;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jar executors need to run the app's own lambdas and UDFs ({@code spark.jars}). The packaged app
 * runs from {@code lib/app/spark-workbench-<v>.jar} and ships that; {@code ./mvnw} and the tests run from
 * {@code target/classes}, which is packed into a jar under the data folder once per app start.
 */
public final class AppJar {

    private static final Logger LOG = LoggerFactory.getLogger(AppJar.class);
    private static Path builtThisRun;

    private AppJar() {
    }

    /** The jar holding this app's classes, built if they come from a folder. */
    public static synchronized Path forExecutors(Path dataFolder) {
        if (builtThisRun != null && Files.isRegularFile(builtThisRun)) {
            return builtThisRun;
        }
        URL location = AppJar.class.getProtectionDomain().getCodeSource().getLocation();
        Path jar = resolve(location, dataFolder.resolve("app-jar"));
        if (!jar.equals(pathOf(location))) {
            // Classes do not change while the app runs: one packed jar serves every session start.
            builtThisRun = jar;
        }
        return jar;
    }

    /**
     * {@code codeSource} itself when it is a jar; otherwise a jar of that classes folder written to
     * {@code outputFolder}.
     */
    static Path resolve(URL codeSource, Path outputFolder) {
        Path source = pathOf(codeSource);
        if (Files.isRegularFile(source)) {
            return source;
        }
        if (!Files.isDirectory(source)) {
            throw new IllegalStateException("The app's classes are neither a jar nor a folder: " + source);
        }
        try {
            return packFolder(source, outputFolder.resolve("spark-workbench-classes.jar"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not pack the app's classes from " + source + " into a jar for the executors", e);
        }
    }

    /** A jar of the classes folder {@code classes} at {@code jar}, written beside it and moved into place. */
    public static Path packFolder(Path classes, Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        Path temp = Files.createTempFile(jar.getParent(), "app", ".jar.tmp");
        long t0 = System.nanoTime();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(temp); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            for (Path file : files) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (name.equals("META-INF/MANIFEST.MF")) {
                    continue;
                }
                jarOut.putNextEntry(new JarEntry(name));
                Files.copy(file, jarOut);
                jarOut.closeEntry();
            }
        }
        Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.info("Packed {} files of {} into {} for the executors in {} ms", files.size(), classes, jar,
                (System.nanoTime() - t0) / 1_000_000);
        return jar;
    }

    private static Path pathOf(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot tell where the app's classes are: " + url, e);
        }
    }
}

package io.sparkworkbench.engine.files;

import io.sparkworkbench.engine.sql.InputFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A file or folder the user picked, checked before Spark sees it, so that a missing, empty or wrong
 * file gets a message naming it instead of a Spark stack trace. A folder's data files are what Spark
 * reads from it: not hidden files, not {@code _SUCCESS}-style markers, not {@code .crc} checksums.
 */
record ImportSource(Path path, boolean folder, List<Path> dataFiles) {

    static ImportSource inspect(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new InputFileException(absolute + " does not exist");
        }
        if (!Files.isReadable(absolute)) {
            throw new InputFileException(absolute + " cannot be read: permission denied");
        }
        if (!Files.isDirectory(absolute)) {
            if (size(absolute) == 0) {
                throw new InputFileException(absolute + " is empty (0 bytes)");
            }
            return new ImportSource(absolute, false, List.of(absolute));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(absolute)) {
            files = walk.filter(Files::isRegularFile).filter(f -> isDataFile(absolute, f)).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new InputFileException("Cannot list the folder " + absolute + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new InputFileException(absolute + " has no data files (hidden files, _SUCCESS markers and .crc checksums do not count)");
        }
        if (files.stream().allMatch(f -> size(f) == 0)) {
            throw new InputFileException(absolute + " is empty: its " + files.size() + " data file(s) have 0 bytes");
        }
        return new ImportSource(absolute, true, files);
    }

    /** The file the preview and the format checks look at: the file itself, or the folder's first non-empty data file. */
    Path sampleFile() {
        return dataFiles.stream().filter(f -> size(f) > 0).findFirst().orElse(dataFiles.get(0));
    }

    /** The format of the file (or the folder's first data file) from its extension, else from its first bytes. */
    Optional<SourceFormat> detectFormat() {
        for (Path file : dataFiles) {
            Optional<SourceFormat> byName = formatFromName(file);
            if (byName.isPresent()) {
                return byName;
            }
        }
        return FileHead.read(sampleFile(), 64).format();
    }

    /** Fails with a message naming the file when it cannot be {@code format} (binary given as text, text given as Parquet). */
    void requireReadableAs(SourceFormat format, String encoding) {
        switch (format) {
            case PARQUET -> dataFiles.stream().filter(f -> size(f) > 0).forEach(f -> requireMagic(f, "Parquet", "PAR1"));
            case ORC -> dataFiles.stream().filter(f -> size(f) > 0).forEach(f -> requireMagic(f, "ORC", "ORC"));
            case CSV, JSON -> {
                Path sample = sampleFile();
                if (!Compression.of(sample).isPresent() || Compression.of(sample).get().equals("gz")) {
                    FileHead.read(sample, 1024).requireText(sample, format, encoding);
                }
            }
        }
    }

    static Optional<SourceFormat> formatFromName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        name = Compression.of(file).map(ext -> file.getFileName().toString().substring(0,
                file.getFileName().toString().length() - ext.length() - 1).toLowerCase(Locale.ROOT)).orElse(name);
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".tab") || name.endsWith(".psv") || name.endsWith(".txt")) {
            return Optional.of(SourceFormat.CSV);
        }
        if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(SourceFormat.JSON);
        }
        if (name.endsWith(".parquet")) {
            return Optional.of(SourceFormat.PARQUET);
        }
        if (name.endsWith(".orc")) {
            return Optional.of(SourceFormat.ORC);
        }
        return Optional.empty();
    }

    private static void requireMagic(Path file, String formatName, String magic) {
        FileHead head = FileHead.read(file, 64);
        if (!head.startsWith(magic)) {
            String what = head.format().filter(f -> !f.isText()).map(f -> " (it is " + f.name().charAt(0)
                    + f.name().substring(1).toLowerCase(Locale.ROOT) + ")")
                    .orElse(head.looksLikeText() ? " (it starts with text: \"" + head.textStart(40) + "\")" : "");
            throw new InputFileException(file + " is not " + (formatName.equals("ORC") ? "an " : "a ") + formatName
                    + " file: it does not start with the magic bytes " + magic + what);
        }
    }

    /** Data files are what Spark reads in a folder: names (and folders on the way) starting with . or _ are skipped. */
    private static boolean isDataFile(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_")) {
                return false;
            }
        }
        return !file.getFileName().toString().endsWith(".crc");
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new InputFileException("Cannot read the size of " + file + ": " + e.getMessage(), e);
        }
    }

    static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return Compression.of(file).filter("gz"::equals).isPresent() ? new java.util.zip.GZIPInputStream(in) : in;
    }
}

package io.sparkworkbench.engine.dataset;

import io.sparkworkbench.engine.EngineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The data files of one table folder (not Spark's hidden markers and checksums), and their format. */
public record DataFiles(int count, long bytes, Optional<String> format) {

    public static DataFiles of(Path tableDir) {
        List<Path> files;
        try {
            files = list(tableDir);
        } catch (IOException e) {
            throw new EngineException("Cannot list " + tableDir + ": " + e.getMessage(), e);
        }
        long bytes = 0;
        for (Path file : files) {
            try {
                bytes += Files.size(file);
            } catch (IOException e) {
                throw new EngineException("Cannot read the size of " + file + ": " + e.getMessage(), e);
            }
        }
        return new DataFiles(files.size(), bytes, files.stream().map(DataFiles::formatOf).flatMap(Optional::stream).findFirst());
    }

    /** The table's data files, sorted by path: not the hidden ({@code .}) or marker ({@code _}) files Spark writes. */
    static List<Path> list(Path tableDir) throws IOException {
        try (Stream<Path> walk = Files.walk(tableDir)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString();
                return !name.startsWith(".") && !name.startsWith("_");
            }).sorted().toList();
        }
    }

    private static Optional<String> formatOf(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".parquet")) {
            return Optional.of("parquet");
        }
        if (name.endsWith(".csv") || name.endsWith(".csv.gz")) {
            return Optional.of("csv");
        }
        if (name.endsWith(".json") || name.endsWith(".json.gz") || name.endsWith(".jsonl")) {
            return Optional.of("json");
        }
        return Optional.empty();
    }
}

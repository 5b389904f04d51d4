package io.sparkworkbench.engine.sql;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The small file a generated folder carries: how it was made (scale, seed, format) and each table's
 * row count and schema, so opening it needs no schema inference and no counting pass.
 */
public record DatasetManifest(String format, String scale, String seed, Map<String, TableEntry> tables) {

    public static final String FILE_NAME = "workbench-dataset.properties";

    public record TableEntry(long rows, String schemaDdl) {
    }

    public String toText() {
        Properties p = new Properties();
        p.setProperty("format", format);
        p.setProperty("scale", scale);
        p.setProperty("seed", seed);
        p.setProperty("tables", String.join(",", tables.keySet()));
        tables.forEach((name, entry) -> {
            p.setProperty("table." + name + ".rows", Long.toString(entry.rows()));
            p.setProperty("table." + name + ".schema", entry.schemaDdl());
        });
        StringWriter out = new StringWriter();
        try {
            p.store(out, "Written by Spark Workbench's data generator");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static Optional<DatasetManifest> read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        Map<String, TableEntry> tables = new LinkedHashMap<>();
        for (String name : p.getProperty("tables", "").split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                tables.put(name, new TableEntry(Long.parseLong(p.getProperty("table." + name + ".rows", "-1")),
                        p.getProperty("table." + name + ".schema", "")));
            } catch (NumberFormatException e) {
                tables.put(name, new TableEntry(-1, p.getProperty("table." + name + ".schema", "")));
            }
        }
        return Optional.of(new DatasetManifest(p.getProperty("format", ""), p.getProperty("scale", ""),
                p.getProperty("seed", ""), tables));
    }
}

package io.sparkworkbench.engine.dataset;

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
import java.util.function.Predicate;

/**
 * The small file a generated folder carries: each table's row count and schema, so opening it needs no
 * schema inference and no counting pass, and how each table was made (format, scale, seed). Runs can
 * add tables to a folder with another scale or seed, so those are recorded per table; the top-level
 * values are the latest run's.
 */
public record DatasetManifest(String format, String scale, String seed, Map<String, TableEntry> tables) {

    public static final String FILE_NAME = "workbench-dataset.properties";

    public record TableEntry(long rows, String schemaDdl, String format, String scale, String seed) {
    }

    /** This manifest plus the entries of an earlier one for tables it does not list that are still present. */
    public DatasetManifest keeping(DatasetManifest earlier, Predicate<String> present) {
        Map<String, TableEntry> merged = new LinkedHashMap<>();
        earlier.tables().forEach((name, entry) -> {
            if (!tables.containsKey(name) && present.test(name)) {
                merged.put(name, entry);
            }
        });
        merged.putAll(tables);
        return new DatasetManifest(format, scale, seed, merged);
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
            p.setProperty("table." + name + ".format", entry.format());
            p.setProperty("table." + name + ".scale", entry.scale());
            p.setProperty("table." + name + ".seed", entry.seed());
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
        String format = p.getProperty("format", "");
        String scale = p.getProperty("scale", "");
        String seed = p.getProperty("seed", "");
        Map<String, TableEntry> tables = new LinkedHashMap<>();
        for (String name : p.getProperty("tables", "").split(",")) {
            if (name.isBlank()) {
                continue;
            }
            String key = "table." + name + ".";
            // Manifests written before per-table values describe all their tables with the top-level ones.
            tables.put(name, new TableEntry(rows(p.getProperty(key + "rows", "-1")), p.getProperty(key + "schema", ""),
                    p.getProperty(key + "format", format), p.getProperty(key + "scale", scale),
                    p.getProperty(key + "seed", seed)));
        }
        return Optional.of(new DatasetManifest(format, scale, seed, tables));
    }

    private static long rows(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

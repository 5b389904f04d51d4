package io.sparkworkbench.engine.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The built-in queries over the generated data set (revenue by month, LTV, cohorts, funnel, AOV, RFM,
 * bought together), kept as .sql files under {@code resources/sql/library} and listed in its index.
 */
public final class QueryLibrary {

    private static final String FOLDER = "/sql/library/";

    /** One library query: a stable id (its file name), a title for menus, and the SQL text. */
    public record Entry(String id, String title, String sql) {
    }

    private QueryLibrary() {
    }

    public static List<Entry> all() {
        Properties index = new Properties();
        try (InputStream in = resource("index.properties")) {
            index.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The query library index is missing from the app", e);
        }
        List<Entry> entries = new ArrayList<>();
        for (String id : index.getProperty("order", "").split(",")) {
            String trimmed = id.trim();
            if (!trimmed.isEmpty()) {
                entries.add(new Entry(trimmed, index.getProperty(trimmed, trimmed), read(trimmed + ".sql")));
            }
        }
        return entries;
    }

    private static String read(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The library query " + name + " is missing from the app", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = QueryLibrary.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("not found: " + FOLDER + name);
        }
        return in;
    }
}

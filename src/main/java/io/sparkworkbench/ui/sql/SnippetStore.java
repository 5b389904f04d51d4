package io.sparkworkbench.ui.sql;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Named SQL snippets the user keeps, in one properties file written atomically on every change. */
public final class SnippetStore {

    private static final Logger LOG = LoggerFactory.getLogger(SnippetStore.class);

    /** A saved query: its name in the menu and its SQL. */
    public record Snippet(String name, String sql) {
    }

    private final Path file;

    public SnippetStore(Path folder) {
        this.file = folder.resolve("sql-snippets.properties");
    }

    public List<Snippet> load() {
        List<Snippet> snippets = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return snippets;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            int count = Integer.parseInt(p.getProperty("snippets", "0"));
            for (int i = 0; i < count; i++) {
                String name = p.getProperty("snippet." + i + ".name");
                String sql = p.getProperty("snippet." + i + ".sql");
                if (name != null && sql != null) {
                    snippets.add(new Snippet(name, sql));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not read the saved snippets from {}", file, e);
        }
        return snippets;
    }

    /** Returns "" when saved, else what went wrong (naming the file). */
    public String save(List<Snippet> snippets) {
        Properties p = new Properties();
        p.setProperty("snippets", Integer.toString(snippets.size()));
        for (int i = 0; i < snippets.size(); i++) {
            p.setProperty("snippet." + i + ".name", snippets.get(i).name());
            p.setProperty("snippet." + i + ".sql", snippets.get(i).sql());
        }
        try {
            Files.createDirectories(file.getParent());
            StringWriter text = new StringWriter();
            p.store(text, "Spark Workbench: saved SQL snippets");
            Path temp = Files.createTempFile(file.getParent(), "sql-snippets", ".tmp");
            Files.writeString(temp, text.toString(), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return "";
        } catch (IOException e) {
            LOG.error("Could not save the snippets to {}", file, e);
            return "Could not save the snippets to " + file + ": " + e.getMessage();
        }
    }
}

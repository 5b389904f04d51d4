package io.sparkworkbench.ui.sql;

import io.sparkworkbench.engine.WriteBehind;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Editor tabs (name, text, caret) and the query history on disk, so nothing typed is lost: saved every
 * few seconds when something changed and on close, each file written to a temporary name and moved into
 * place, so even a process killed mid-write leaves the previous complete copy.
 */
public final class SqlWorkspace {

    private static final Logger LOG = LoggerFactory.getLogger(SqlWorkspace.class);

    private final Path folder;
    private final Path tabsFile;
    private final Path historyFile;
    private String lastSaved = "";
    private WriteBehind writes;

    /** What was saved: the documents, which one was selected, and the history (newest first). */
    public record Snapshot(List<SqlDocument> documents, int selected, List<HistoryEntry> history) {
    }

    public SqlWorkspace(Path folder) {
        this.folder = folder;
        this.tabsFile = folder.resolve("sql-tabs.properties");
        this.historyFile = folder.resolve("sql-history.tsv");
    }

    /** Where the workspace keeps its files (snippets live beside them). */
    public Path folder() {
        return folder;
    }

    public Snapshot load() {
        List<SqlDocument> docs = new ArrayList<>();
        int selected = 0;
        if (Files.isRegularFile(tabsFile)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(tabsFile, StandardCharsets.UTF_8)) {
                p.load(in);
                int count = Integer.parseInt(p.getProperty("tabs", "0"));
                for (int i = 0; i < count; i++) {
                    docs.add(new SqlDocument(p.getProperty("tab." + i + ".name", "Query " + (i + 1)),
                            p.getProperty("tab." + i + ".text", ""),
                            Integer.parseInt(p.getProperty("tab." + i + ".caret", "0"))));
                }
                selected = Integer.parseInt(p.getProperty("selected", "0"));
            } catch (IOException | RuntimeException e) {
                LOG.error("Could not read the SQL editor tabs from {}; starting with an empty editor", tabsFile, e);
            }
        }
        return new Snapshot(docs, selected, loadHistory());
    }

    private List<HistoryEntry> loadHistory() {
        List<HistoryEntry> entries = new ArrayList<>();
        if (!Files.isRegularFile(historyFile)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(historyFile, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length == 6) {
                    entries.add(new HistoryEntry(unescape(f[4]), Instant.ofEpochMilli(Long.parseLong(f[0])),
                            Long.parseLong(f[1]), Long.parseLong(f[2]), HistoryEntry.Outcome.valueOf(f[3]), unescape(f[5])));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not read the query history from {}", historyFile, e);
        }
        return entries;
    }

    /**
     * Writes tabs and history if they changed since the last save. Returns "" when saved or unchanged,
     * else what went wrong (the folder and the reason), so the editor can say so and try again later.
     */
    public String saveIfChanged(List<SqlDocument> documents, int selected, List<HistoryEntry> history) {
        return writeIfChanged(tabsText(documents, selected), historyText(history));
    }

    /**
     * The autosave: the documents (live JavaFX state) are read on the caller's thread, the files are
     * written on the workspace's own writer thread, so the JavaFX thread never waits on the disk. A
     * newer save replaces one still waiting. {@code outcome} gets what {@link #saveIfChanged} returns,
     * on the writer thread.
     */
    public void saveInBackground(List<SqlDocument> documents, int selected, List<HistoryEntry> history,
                                 Consumer<String> outcome) {
        String tabs = tabsText(documents, selected);
        String lines = historyText(history);
        writer().submit(() -> outcome.accept(writeIfChanged(tabs, lines)));
    }

    /** Waits until every background save so far is on disk (the window closing). */
    public void flush() {
        WriteBehind current;
        synchronized (this) {
            current = writes;
        }
        if (current != null) {
            current.flush();
        }
    }

    private synchronized WriteBehind writer() {
        if (writes == null) {
            writes = new WriteBehind("sql-workspace-writer");
        }
        return writes;
    }

    private synchronized String writeIfChanged(String tabs, String lines) {
        String state = tabs + '\u0000' + lines;
        if (state.equals(lastSaved)) {
            return "";
        }
        try {
            Files.createDirectories(tabsFile.getParent());
            writeAtomically(tabsFile, tabs);
            writeAtomically(historyFile, lines);
            lastSaved = state;
            return "";
        } catch (IOException e) {
            LOG.error("Could not save the SQL workspace to {}", tabsFile.getParent(), e);
            return "Could not save the editor tabs to " + tabsFile.getParent() + ": " + e.getMessage();
        }
    }

    private static String tabsText(List<SqlDocument> documents, int selected) {
        Properties p = new Properties();
        p.setProperty("tabs", Integer.toString(documents.size()));
        p.setProperty("selected", Integer.toString(selected));
        for (int i = 0; i < documents.size(); i++) {
            SqlDocument doc = documents.get(i);
            p.setProperty("tab." + i + ".name", doc.name());
            p.setProperty("tab." + i + ".text", doc.text());
            p.setProperty("tab." + i + ".caret", Integer.toString(doc.caret()));
        }
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Properties writes a timestamp comment first; drop it so an unchanged workspace compares equal.
        String text = out.toString();
        return text.startsWith("#") ? text.substring(text.indexOf('\n') + 1) : text;
    }

    private static String historyText(List<HistoryEntry> history) {
        StringBuilder b = new StringBuilder();
        for (HistoryEntry e : history) {
            b.append(e.started().toEpochMilli()).append('\t').append(e.durationMs()).append('\t').append(e.rows())
                    .append('\t').append(e.outcome()).append('\t').append(escape(e.statement())).append('\t')
                    .append(escape(e.message())).append('\n');
        }
        return b.toString();
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}

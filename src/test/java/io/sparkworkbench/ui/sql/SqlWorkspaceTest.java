package io.sparkworkbench.ui.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlWorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void tabsCaretsAndHistorySurviveARoundTrip() {
        SqlWorkspace workspace = new SqlWorkspace(dir);
        List<SqlDocument> docs = List.of(
                new SqlDocument("Revenue", "SELECT 1;\n-- tab\there\nSELECT 'x\\y'", 9),
                new SqlDocument("Ünïcode ✓", "SELECT '日本語'", 3));
        List<HistoryEntry> history = List.of(
                new HistoryEntry("SELECT\n\t2", Instant.ofEpochMilli(1_700_000_000_123L), 42, 1, HistoryEntry.Outcome.OK, ""),
                new HistoryEntry("SELEC 1", Instant.ofEpochMilli(1_700_000_000_000L), 5, -1, HistoryEntry.Outcome.ERROR,
                        "line 1:1: Syntax error at or near 'SELEC' [PARSE_SYNTAX_ERROR]"));

        assertThat(workspace.saveIfChanged(docs, 1, history)).isEmpty();
        SqlWorkspace.Snapshot restored = new SqlWorkspace(dir).load();

        assertThat(restored.selected()).isEqualTo(1);
        assertThat(restored.documents()).extracting(SqlDocument::name, SqlDocument::text, SqlDocument::caret)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Revenue", "SELECT 1;\n-- tab\there\nSELECT 'x\\y'", 9),
                        org.assertj.core.groups.Tuple.tuple("Ünïcode ✓", "SELECT '日本語'", 3));
        assertThat(restored.history()).isEqualTo(history);
    }

    @Test
    void unchangedStateIsNotWrittenAgain() throws Exception {
        SqlWorkspace workspace = new SqlWorkspace(dir);
        List<SqlDocument> docs = List.of(new SqlDocument("A", "SELECT 1", 0));
        workspace.saveIfChanged(docs, 0, List.of());
        Path tabs = dir.resolve("sql-tabs.properties");
        var written = Files.getLastModifiedTime(tabs);
        Files.setLastModifiedTime(tabs, java.nio.file.attribute.FileTime.fromMillis(0));
        workspace.saveIfChanged(docs, 0, List.of());
        assertThat(Files.getLastModifiedTime(tabs).toMillis()).isZero();
        docs.get(0).textProperty().set("SELECT 2");
        workspace.saveIfChanged(docs, 0, List.of());
        assertThat(Files.getLastModifiedTime(tabs).toMillis()).isNotZero();
        assertThat(written).isNotNull();
    }

    @Test
    void anUnwritableFolderIsReportedNotThrown() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        String problem = new SqlWorkspace(file.resolve("sql")).saveIfChanged(List.of(new SqlDocument("A", "x", 0)), 0, List.of());
        assertThat(problem).startsWith("Could not save the editor tabs to " + file.resolve("sql"));
    }

    @Test
    void backgroundSavesWriteTheLatestStateOnTheWriterThreadAndFlushWaitsForIt() throws Exception {
        SqlWorkspace workspace = new SqlWorkspace(dir);
        SqlDocument doc = new SqlDocument("A", "", 0);
        java.util.Set<String> writerThreads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.List<String> outcomes = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < 50; i++) {
            doc.textProperty().set("SELECT " + i);
            workspace.saveInBackground(List.of(doc), 0, List.of(), outcome -> {
                writerThreads.add(Thread.currentThread().getName());
                outcomes.add(outcome);
            });
        }
        // Changed after the last save: the file must hold what was handed over, not the live text.
        doc.textProperty().set("typed after the last save");
        workspace.flush();

        assertThat(writerThreads).hasSize(1).allMatch(name -> name.startsWith("sql-workspace-writer"))
                .doesNotContain(Thread.currentThread().getName());
        assertThat(outcomes).isNotEmpty().allMatch(String::isEmpty);
        assertThat(new SqlWorkspace(dir).load().documents()).extracting(SqlDocument::text).containsExactly("SELECT 49");
    }

    @Test
    void aDamagedFileStartsEmptyInsteadOfFailing() throws Exception {
        Files.writeString(dir.resolve("sql-tabs.properties"), "tabs=abc\n");
        Files.writeString(dir.resolve("sql-history.tsv"), "garbage line\n");
        SqlWorkspace.Snapshot restored = new SqlWorkspace(dir).load();
        assertThat(restored.documents()).isEmpty();
        assertThat(restored.history()).isEmpty();
    }
}

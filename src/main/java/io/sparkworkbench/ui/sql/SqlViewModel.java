package io.sparkworkbench.ui.sql;

import io.sparkworkbench.engine.sql.CatalogService;
import io.sparkworkbench.engine.sql.CatalogSnapshot;
import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.engine.sql.SqlError;
import io.sparkworkbench.engine.sql.SqlScript;
import io.sparkworkbench.engine.sql.SqlStatement;
import io.sparkworkbench.ui.catalog.CatalogModel;
import io.sparkworkbench.ui.common.TaskRunner;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.IntSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The SQL tab's state and commands: editor documents, running the statement at the caret, the selection
 * or the whole script (one result tab per statement, run one after the other), Stop, and the history.
 */
public final class SqlViewModel {

    public static final int HISTORY_LIMIT = 500;

    private final QueryService queries;
    private final CatalogModel catalog;
    private final SqlResultModel.Exporter exporter;
    private java.nio.file.Path exportFolder = java.nio.file.Path.of(System.getProperty("user.home"));
    private final TaskRunner runner;
    private final IntSupplier rowCap;
    private final ObservableList<SqlDocument> documents = FXCollections.observableArrayList();
    private final ObjectProperty<SqlDocument> current = new SimpleObjectProperty<>();
    private final ObservableList<SqlResultModel> results = FXCollections.observableArrayList();
    private final ObservableList<HistoryEntry> history = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<PositionedError> lastError = new SimpleObjectProperty<>();
    private final Deque<SqlStatement> pending = new ArrayDeque<>();
    private final ObjectProperty<io.sparkworkbench.engine.sql.PlanNode> explained = new SimpleObjectProperty<>();
    private final SqlSnippets snippets = new SqlSnippets(status::set);
    private SqlResultModel active;
    private int resultNumber;
    private int untitled;

    /** A failed statement's error, with the document it belongs to (for underlining). */
    public record PositionedError(SqlDocument document, SqlError error) {
    }

    /** With a catalog of its own (tests); the app shares one between tabs. */
    public SqlViewModel(QueryService queries, CatalogService catalogService, SqlResultModel.Exporter exporter, TaskRunner runner,
                        IntSupplier rowCap) {
        this(queries, new CatalogModel(catalogService, runner), exporter, runner, rowCap);
    }

    public SqlViewModel(QueryService queries, CatalogModel catalog, SqlResultModel.Exporter exporter, TaskRunner runner,
                        IntSupplier rowCap) {
        this.queries = queries;
        this.catalog = catalog;
        this.exporter = exporter;
        this.runner = runner;
        this.rowCap = rowCap;
    }

    /** Takes a new catalog snapshot in the background; completion keeps using the old one meanwhile. */
    public void refreshCatalog() {
        catalog.refresh();
    }

    /** For keystrokes that may want completion (a dot): a snapshot a few seconds old is good enough. */
    public void refreshCatalogIfStale() {
        catalog.refreshIfStale();
    }

    public ReadOnlyObjectProperty<CatalogSnapshot> catalogProperty() {
        return catalog.snapshotProperty();
    }

    public CatalogModel catalog() {
        return catalog;
    }

    /** Where the export dialog suggests writing results. */
    public java.nio.file.Path exportFolder() {
        return exportFolder;
    }

    public void setExportFolder(java.nio.file.Path folder) {
        this.exportFolder = folder;
    }

    public SqlDocument newDocument(String text) {
        return newDocument("Query " + (++untitled), text);
    }

    /** A new editor tab with a given name, e.g. a library query's title. */
    public SqlDocument newDocument(String name, String text) {
        SqlDocument doc = new SqlDocument(name, text, text.length());
        documents.add(doc);
        current.set(doc);
        return doc;
    }

    /** A new editor tab holding a file's text, the caret at its start, where a reader begins (not at its end). */
    public SqlDocument newDocumentAtStart(String name, String text) {
        SqlDocument doc = new SqlDocument(name, text, 0);
        documents.add(doc);
        current.set(doc);
        return doc;
    }

    /** Used when restoring the workspace: keeps "Query N" numbering past the restored names. */
    void restore(List<SqlDocument> docs, int selected, List<HistoryEntry> entries) {
        documents.setAll(docs);
        untitled = docs.size();
        current.set(docs.isEmpty() ? null : docs.get(Math.max(0, Math.min(selected, docs.size() - 1))));
        history.setAll(entries);
    }

    public void close(SqlDocument doc) {
        int index = documents.indexOf(doc);
        documents.remove(doc);
        if (documents.isEmpty()) {
            newDocument("");
        } else if (current.get() == doc) {
            current.set(documents.get(Math.max(0, index - 1)));
        }
    }

    /** Ctrl+Enter: the selection if there is one (all its statements), else the statement at the caret. */
    public void runAtCaret(String text, int selectionStart, int selectionEnd, int caret) {
        if (selectionEnd > selectionStart) {
            String selected = text.substring(selectionStart, selectionEnd);
            run(text, SqlScript.split(selected).stream()
                    .map(s -> new SqlStatement(s.text(), s.start() + selectionStart)).toList());
        } else {
            run(text, SqlScript.at(text, caret).stream().toList());
        }
    }

    /** Ctrl+Shift+Enter: every statement of the script, in order. */
    public void runScript(String text) {
        run(text, SqlScript.split(text));
    }

    private void run(String script, List<SqlStatement> statements) {
        if (running.get()) {
            status.set("A query is still running: Stop it first");
            return;
        }
        if (statements.isEmpty()) {
            status.set("Nothing to run: the editor has no statement there");
            return;
        }
        lastError.set(null);
        results.clear();
        pending.clear();
        pending.addAll(statements);
        running.set(true);
        SqlDocument doc = current.get();
        status.set(statements.size() == 1 ? "Running…" : "Running " + statements.size() + " statements…");
        runNext(script, doc);
    }

    private void runNext(String script, SqlDocument doc) {
        SqlStatement next = pending.poll();
        if (next == null) {
            running.set(false);
            active = null;
            // Statements may have created or dropped views: completion should know.
            refreshCatalog();
            // One result says everything in its own footer; the line here sums up a script.
            status.set(results.size() == 1 ? "" : results.size() + " statements run");
            return;
        }
        SqlResultModel result = new SqlResultModel(++resultNumber, next, queries, exporter, runner, rowCap.getAsInt());
        results.add(result);
        active = result;
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        result.run(script, finished -> {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            SqlError error = finished.errorProperty().get();
            boolean stopped = error == null && finished.statusProperty().get().startsWith("Stopped");
            record(new HistoryEntry(next.text(), started, ms, error != null || stopped ? -1 : finished.rows().size(),
                    error != null ? HistoryEntry.Outcome.ERROR : stopped ? HistoryEntry.Outcome.STOPPED : HistoryEntry.Outcome.OK,
                    error != null ? error.describe() : ""));
            if (error != null || stopped) {
                pending.clear();
                running.set(false);
                active = null;
                status.set(finished.statusProperty().get());
                if (error != null) {
                    lastError.set(new PositionedError(doc, error));
                }
                return;
            }
            runNext(script, doc);
        });
    }

    /** The user's saved snippets; they report into this tab's status line. */
    public SqlSnippets snippets() {
        return snippets;
    }

    /** EXPLAIN for the selection or the statement at the caret: the plan without running the query. */
    public void explainAtCaret(String text, int selectionStart, int selectionEnd, int caret) {
        java.util.Optional<SqlStatement> statement = selectionEnd > selectionStart
                ? SqlScript.split(text.substring(selectionStart, selectionEnd)).stream().findFirst()
                        .map(s -> new SqlStatement(s.text(), s.start() + selectionStart))
                : SqlScript.at(text, caret);
        if (statement.isEmpty()) {
            status.set("Nothing to explain: the editor has no statement there");
            return;
        }
        SqlDocument doc = current.get();
        status.set("Explaining…");
        runner.run(queries.explain(statement.get(), text), plan -> {
            status.set("Plan of " + QueryService.oneLine(statement.get().text(), 60) + " (" + plan.size() + " operators)");
            explained.set(plan);
        }, error -> {
            SqlError e = error instanceof io.sparkworkbench.engine.sql.SqlException ex ? ex.error()
                    : new SqlError(io.sparkworkbench.engine.EngineErrors.describe(error), "", -1, -1, -1, 0);
            status.set("Cannot explain: " + e.describe());
            if (e.hasPosition()) {
                lastError.set(new PositionedError(doc, e));
            }
        }, () -> status.set("Explain stopped"));
    }

    public ObjectProperty<io.sparkworkbench.engine.sql.PlanNode> explainedProperty() {
        return explained;
    }

    /** Cancels the running statement's Spark jobs and skips the statements after it. */
    public void stop() {
        pending.clear();
        if (active != null) {
            status.set("Stopping…");
            active.stop();
        }
    }

    private void record(HistoryEntry entry) {
        history.add(0, entry);
        if (history.size() > HISTORY_LIMIT) {
            history.remove(HISTORY_LIMIT, history.size());
        }
    }

    public ObservableList<SqlDocument> documents() {
        return documents;
    }

    public ObjectProperty<SqlDocument> currentProperty() {
        return current;
    }

    public ObservableList<SqlResultModel> results() {
        return results;
    }

    public ObservableList<HistoryEntry> history() {
        return history;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<PositionedError> lastErrorProperty() {
        return lastError;
    }
}

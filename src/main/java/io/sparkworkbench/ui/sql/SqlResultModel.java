package io.sparkworkbench.ui.sql;

import io.sparkworkbench.engine.EngineErrors;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.files.ExportOutcome;
import io.sparkworkbench.engine.files.ExportRequest;
import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.engine.sql.QueryResult;
import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.engine.sql.SqlError;
import io.sparkworkbench.engine.sql.SqlException;
import io.sparkworkbench.engine.sql.SqlStatement;
import io.sparkworkbench.ui.common.Formats;
import io.sparkworkbench.ui.common.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One result tab: the statement, the rows fetched so far (capped pages), whether there are more, and
 * the error if it failed. "Fetch next" runs the statement again for the following page.
 */
public final class SqlResultModel {

    private final SqlStatement statement;
    private final QueryService queries;
    private final Exporter exporter;
    private final TaskRunner runner;
    private final int cap;
    private final StringProperty title = new SimpleStringProperty();
    private final ObjectProperty<List<ColumnInfo>> columns = new SimpleObjectProperty<>(List.of());
    private final ObservableList<List<Object>> rows = FXCollections.observableArrayList();
    private final BooleanProperty more = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("Waiting…");
    private final ObjectProperty<SqlError> error = new SimpleObjectProperty<>();
    private EngineTask<QueryResult> task;
    private EngineTask<ExportOutcome> exportTask;
    private final BooleanProperty exporting = new SimpleBooleanProperty();
    private final StringProperty exportStatus = new SimpleStringProperty("");
    private final ObjectProperty<io.sparkworkbench.engine.sql.PlanNode> plan = new SimpleObjectProperty<>();
    private long elapsedMs;

    /** Writes a result's full data (the SQL tab uses the explorer's atomic exports). */
    public interface Exporter {
        EngineTask<ExportOutcome> export(ExportRequest request);
    }

    SqlResultModel(int number, SqlStatement statement, QueryService queries, Exporter exporter, TaskRunner runner, int cap) {
        this.statement = statement;
        this.queries = queries;
        this.exporter = exporter;
        this.runner = runner;
        this.cap = cap;
        title.set("Result " + number);
    }

    /** A result of its own, outside the SQL tab (the query builder's): run it with {@link #run()}. */
    public static SqlResultModel standalone(String title, String sql, QueryService queries, Exporter exporter, TaskRunner runner,
                                            int cap) {
        SqlResultModel model = new SqlResultModel(0, new SqlStatement(sql, 0), queries, exporter, runner, cap);
        model.title.set(title);
        return model;
    }

    public void run() {
        run(statement.text(), m -> { });
    }

    /** Stops the running statement's Spark jobs. */
    public void stopRun() {
        stop();
    }

    /** Runs the statement; {@code done} gets this model once it succeeded, failed or was stopped. */
    void run(String script, Consumer<SqlResultModel> done) {
        start(queries.run(statement, script, cap), true, done);
    }

    public void fetchNext() {
        if (more.get() && !running.get()) {
            start(queries.fetch(statement, rows.size(), cap), false, m -> { });
        }
    }

    /**
     * Writes the whole result (not just the fetched rows) as {@code request} says; Stop cancels its Spark
     * jobs, and what was at the target stays until the new data are complete.
     */
    public void export(ExportRequest request) {
        if (exporting.get()) {
            return;
        }
        java.nio.file.Path target = request.target();
        exportTask = exporter.export(request);
        exporting.set(true);
        exportStatus.set("Exporting every row to " + target + "…");
        // The outcome's text first, then "not exporting": whoever sees the export end reads how it ended.
        runner.run(exportTask, outcome -> {
            exportStatus.set("Exported " + Formats.count(outcome.rows()) + " rows (" + Formats.bytes(outcome.bytes()) + ") to "
                    + target);
            exporting.set(false);
        }, failure -> {
            exportStatus.set("Export failed, " + target + " is as it was: " + EngineErrors.describe(failure));
            exporting.set(false);
        }, () -> {
            exportStatus.set("Export stopped, " + target + " is as it was");
            exporting.set(false);
        });
    }

    public void stopExport() {
        if (exportTask != null && exporting.get()) {
            exportTask.cancel();
        }
    }

    /** The plan Spark executed for the first page, with its metrics (null for commands). */
    public ObjectProperty<io.sparkworkbench.engine.sql.PlanNode> planProperty() {
        return plan;
    }

    public BooleanProperty exportingProperty() {
        return exporting;
    }

    public StringProperty exportStatusProperty() {
        return exportStatus;
    }

    void stop() {
        if (task != null && running.get()) {
            task.cancel();
        }
    }

    private void start(EngineTask<QueryResult> started, boolean first, Consumer<SqlResultModel> done) {
        task = started;
        running.set(true);
        status.set(first ? "Running…" : "Fetching rows " + Formats.count(rows.size() + 1L) + "…");
        runner.run(started, result -> {
            if (first) {
                columns.set(result.columns());
                rows.setAll(result.rows());
                plan.set(result.executedPlan().orElse(null));
                elapsedMs = result.elapsedMs();
            } else {
                rows.addAll(result.rows());
                elapsedMs += result.elapsedMs();
            }
            more.set(result.more());
            running.set(false);
            status.set(describe());
            done.accept(this);
        }, failure -> {
            running.set(false);
            SqlError sqlError = failure instanceof SqlException e ? e.error()
                    : new SqlError(EngineErrors.describe(failure), "", -1, -1, -1, 0);
            error.set(sqlError);
            status.set("Error: " + sqlError.describe());
            done.accept(this);
        }, () -> {
            running.set(false);
            status.set(first ? "Stopped" : describe() + " · fetching more was stopped");
            done.accept(this);
        });
    }

    private String describe() {
        String shown = columns.get().isEmpty() && rows.isEmpty() ? "Done (no rows)"
                : Formats.count(rows.size()) + (rows.size() == 1 ? " row" : " rows") + " shown";
        return shown + (more.get() ? " — more available" : "") + " · " + Formats.elapsed(elapsedMs);
    }

    public int cap() {
        return cap;
    }

    public SqlStatement statement() {
        return statement;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<List<ColumnInfo>> columnsProperty() {
        return columns;
    }

    public ObservableList<List<Object>> rows() {
        return rows;
    }

    public BooleanProperty moreProperty() {
        return more;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<SqlError> errorProperty() {
        return error;
    }
}

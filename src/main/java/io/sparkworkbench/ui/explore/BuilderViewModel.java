package io.sparkworkbench.ui.explore;

import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.ui.common.TaskRunner;
import io.sparkworkbench.ui.sql.SqlResultModel;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntSupplier;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The filter / group-by / aggregate builder: what the user picked, the Spark SQL it makes (always shown),
 * its result, and "Open in SQL editor".
 */
public final class BuilderViewModel {

    private final QueryService queries;
    private final SqlResultModel.Exporter exporter;
    private final TaskRunner runner;
    private final IntSupplier rowCap;
    private final StringProperty table = new SimpleStringProperty();
    private final ObjectProperty<List<ColumnInfo>> tableColumns = new SimpleObjectProperty<>(List.of());
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<QueryDraft.Filter> filters = FXCollections.observableArrayList();
    private final ObservableList<String> groupBy = FXCollections.observableArrayList();
    private final ObservableList<QueryDraft.Aggregate> aggregates = FXCollections.observableArrayList();
    private final IntegerProperty limit = new SimpleIntegerProperty(1000);
    private final StringProperty sql = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<SqlResultModel> result = new SimpleObjectProperty<>();
    private BiConsumer<String, String> openInSql = (title, text) -> { };

    public BuilderViewModel(QueryService queries, SqlResultModel.Exporter exporter, TaskRunner runner, IntSupplier rowCap) {
        this.queries = queries;
        this.exporter = exporter;
        this.runner = runner;
        this.rowCap = rowCap;
        for (Observable o : List.<Observable>of(table, tableColumns, columns, filters, groupBy, aggregates, limit)) {
            o.addListener(x -> update());
        }
    }

    /** A new table: its columns, and a fresh draft (a draft over another table's columns would not run). */
    public void setTable(String name, List<ColumnInfo> columnsOfTable) {
        if (result.get() != null) {
            result.get().stopRun();
        }
        columns.clear();
        filters.clear();
        groupBy.clear();
        aggregates.clear();
        result.set(null);
        tableColumns.set(List.copyOf(columnsOfTable));
        table.set(name);
    }

    public QueryDraft draft() {
        return new QueryDraft(table.get() == null ? "" : table.get(), tableColumns.get(), columns, filters, groupBy,
                aggregates, limit.get());
    }

    private void update() {
        if (table.get() == null) {
            sql.set("");
            problem.set("");
            return;
        }
        try {
            sql.set(draft().sql());
            problem.set("");
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
        }
    }

    /** Runs the SQL shown; its result (grid, chart, export) replaces the previous one. */
    public void run() {
        if (table.get() == null || !problem.get().isEmpty()) {
            return;
        }
        if (result.get() != null) {
            result.get().stopRun();
        }
        SqlResultModel model = SqlResultModel.standalone("Builder result", sql.get(), queries, exporter, runner, rowCap.getAsInt());
        result.set(model);
        model.run();
    }

    public void openInSqlEditor() {
        if (table.get() != null && problem.get().isEmpty()) {
            openInSql.accept(table.get() + " (builder)", sql.get());
        }
    }

    public void setOpenInSql(BiConsumer<String, String> action) {
        this.openInSql = action;
    }

    public StringProperty tableProperty() {
        return table;
    }

    public ObjectProperty<List<ColumnInfo>> tableColumnsProperty() {
        return tableColumns;
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<QueryDraft.Filter> filters() {
        return filters;
    }

    public ObservableList<String> groupBy() {
        return groupBy;
    }

    public ObservableList<QueryDraft.Aggregate> aggregates() {
        return aggregates;
    }

    public IntegerProperty limitProperty() {
        return limit;
    }

    public StringProperty sqlProperty() {
        return sql;
    }

    /** Why the draft has no SQL (empty when it has). */
    public StringProperty problemProperty() {
        return problem;
    }

    public ObjectProperty<SqlResultModel> resultProperty() {
        return result;
    }
}

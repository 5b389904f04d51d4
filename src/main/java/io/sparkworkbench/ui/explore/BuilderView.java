package io.sparkworkbench.ui.explore;

import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.ui.sql.ResultView;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;

/**
 * Point-and-click queries: columns, filters, group-by and aggregates on the left; the Spark SQL they make,
 * its result grid (with chart and export) on the right, and "Open in SQL editor".
 */
final class BuilderView extends SplitPane {

    private final BuilderViewModel model;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final VBox filterRows = new VBox(4);
    private final VBox aggregateRows = new VBox(4);
    private final BorderPane resultArea = new BorderPane();

    BuilderView(BuilderViewModel model) {
        this.model = model;
        setId("explore-builder");
        CheckComboBox<String> columns = new CheckComboBox<>(names);
        columns.setId("builder-columns");
        columns.setTitle("all columns");
        CheckComboBox<String> groupBy = new CheckComboBox<>(names);
        groupBy.setId("builder-group-by");
        groupBy.setTitle("no grouping");
        model.tableColumnsProperty().addListener((obs, old, cols) -> {
            columns.getCheckModel().clearChecks();
            groupBy.getCheckModel().clearChecks();
            names.setAll(cols.stream().map(ColumnInfo::name).toList());
            filterRows.getChildren().clear();
            aggregateRows.getChildren().clear();
        });
        columns.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            model.columns().setAll(new ArrayList<>(columns.getCheckModel().getCheckedItems()));
            columns.setTitle(model.columns().isEmpty() ? "all columns" : String.join(", ", model.columns()));
        });
        groupBy.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            model.groupBy().setAll(new ArrayList<>(groupBy.getCheckModel().getCheckedItems()));
            groupBy.setTitle(model.groupBy().isEmpty() ? "no grouping" : String.join(", ", model.groupBy()));
        });
        Button addFilter = new Button("+ Filter");
        addFilter.setId("builder-add-filter");
        addFilter.setOnAction(e -> addFilterRow());
        Button addAggregate = new Button("+ Aggregate");
        addAggregate.setId("builder-add-aggregate");
        addAggregate.setOnAction(e -> addAggregateRow());
        TextField limit = new TextField(Integer.toString(model.limitProperty().get()));
        limit.setPrefColumnCount(6);
        limit.textProperty().addListener((obs, old, text) -> {
            try {
                model.limitProperty().set(Math.max(0, Integer.parseInt(text.trim())));
            } catch (NumberFormatException e) {
                model.limitProperty().set(0);
            }
        });
        VBox form = new VBox(8,
                section("Columns (when nothing is grouped)"), columns,
                section("Filters (all must hold)"), filterRows, addFilter,
                section("Group by"), groupBy,
                section("Aggregates"), aggregateRows, addAggregate,
                section("Row limit (0: none)"), limit);
        form.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);

        TextArea sql = new TextArea();
        sql.setId("builder-sql");
        sql.setEditable(false);
        sql.getStyleClass().add("explore-lineage");
        sql.setPrefRowCount(6);
        sql.textProperty().bind(model.sqlProperty());
        Label problem = new Label();
        problem.getStyleClass().add("form-error");
        problem.textProperty().bind(model.problemProperty());
        Button run = new Button("Run");
        run.setId("builder-run");
        run.disableProperty().bind(model.tableProperty().isNull().or(model.problemProperty().isNotEmpty()));
        run.setOnAction(e -> model.run());
        Button open = new Button("Open in SQL editor");
        open.setId("builder-open-sql");
        open.disableProperty().bind(run.disableProperty());
        open.setOnAction(e -> model.openInSqlEditor());
        HBox buttons = new HBox(8, run, open, problem);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Run the query to see its rows; the result has its own Chart and Export.");
        hint.getStyleClass().add("form-hint");
        resultArea.setCenter(hint);
        model.resultProperty().addListener((obs, old, result) ->
                resultArea.setCenter(result == null ? hint : new ResultView(result)));
        VBox right = new VBox(6, new Label("Spark SQL"), sql, buttons, resultArea);
        VBox.setVgrow(resultArea, Priority.ALWAYS);
        right.setPadding(new Insets(8));
        getItems().setAll(scroll, right);
        setDividerPositions(0.3);
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private void addFilterRow() {
        if (names.isEmpty()) {
            return;
        }
        ComboBox<String> column = new ComboBox<>(names);
        column.getSelectionModel().selectFirst();
        ChoiceBox<QueryDraft.Operator> operator = new ChoiceBox<>(FXCollections.observableArrayList(QueryDraft.Operator.values()));
        operator.getSelectionModel().selectFirst();
        TextField value = new TextField();
        value.setPromptText("value");
        value.setPrefColumnCount(8);
        Button remove = new Button("✕");
        HBox row = new HBox(4, column, operator, value, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        filterRows.getChildren().add(row);
        Runnable sync = this::syncFilters;
        column.valueProperty().addListener((o, a, b) -> sync.run());
        operator.valueProperty().addListener((o, a, b) -> {
            value.setDisable(!b.needsValue());
            sync.run();
        });
        value.textProperty().addListener((o, a, b) -> sync.run());
        remove.setOnAction(e -> {
            filterRows.getChildren().remove(row);
            sync.run();
        });
        sync.run();
    }

    @SuppressWarnings("unchecked")
    private void syncFilters() {
        List<QueryDraft.Filter> filters = new ArrayList<>();
        for (var node : filterRows.getChildren()) {
            HBox row = (HBox) node;
            var column = (ComboBox<String>) row.getChildren().get(0);
            var operator = (ChoiceBox<QueryDraft.Operator>) row.getChildren().get(1);
            var value = (TextField) row.getChildren().get(2);
            filters.add(new QueryDraft.Filter(column.getValue(), operator.getValue(), value.getText()));
        }
        model.filters().setAll(filters);
    }

    private void addAggregateRow() {
        if (names.isEmpty()) {
            return;
        }
        ChoiceBox<QueryDraft.Function> function = new ChoiceBox<>(FXCollections.observableArrayList(QueryDraft.Function.values()));
        function.getSelectionModel().selectFirst();
        ObservableList<String> targets = FXCollections.observableArrayList("*");
        targets.addAll(names);
        ComboBox<String> column = new ComboBox<>(targets);
        column.getSelectionModel().selectFirst();
        Button remove = new Button("✕");
        HBox row = new HBox(4, function, column, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        aggregateRows.getChildren().add(row);
        function.valueProperty().addListener((o, a, b) -> syncAggregates());
        column.valueProperty().addListener((o, a, b) -> syncAggregates());
        remove.setOnAction(e -> {
            aggregateRows.getChildren().remove(row);
            syncAggregates();
        });
        syncAggregates();
    }

    @SuppressWarnings("unchecked")
    private void syncAggregates() {
        List<QueryDraft.Aggregate> aggregates = new ArrayList<>();
        for (var node : aggregateRows.getChildren()) {
            HBox row = (HBox) node;
            var function = (ChoiceBox<QueryDraft.Function>) row.getChildren().get(0);
            var column = (ComboBox<String>) row.getChildren().get(1);
            aggregates.add(new QueryDraft.Aggregate(function.getValue(), column.getValue()));
        }
        model.aggregates().setAll(aggregates);
    }
}

package io.sparkworkbench.ui.sql;

import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.ui.common.Formats;
import io.sparkworkbench.ui.common.ValueGrid;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** One result tab: the grid, and a footer with the row count, "more available" and Fetch next. */
public final class ResultView extends BorderPane {

    public ResultView(SqlResultModel model, java.nio.file.Path exportFolder) {
        ValueGrid grid = new ValueGrid();
        grid.getStyleClass().add("sql-result-grid");
        Label status = new Label();
        status.getStyleClass().add("sql-result-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        model.errorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                status.getStyleClass().add("form-error");
                grid.setPlaceholder(new Label("The statement failed: see the message below."));
            }
        });
        Button next = new Button("Fetch next " + Formats.count(model.cap()));
        next.getStyleClass().add("sql-fetch-next");
        next.visibleProperty().bind(model.moreProperty());
        next.managedProperty().bind(next.visibleProperty());
        next.disableProperty().bind(model.runningProperty());
        next.setOnAction(e -> model.fetchNext());

        model.columnsProperty().addListener((obs, old, columns) -> grid.show(
                columns.stream().map(ColumnInfo::name).toList(), columns.stream().map(ColumnInfo::type).toList(),
                model.rows()));
        Button export = new Button("Export…");
        export.getStyleClass().add("sql-export");
        export.setTooltip(new javafx.scene.control.Tooltip("Write every row of this result (not just those shown) to CSV, JSON, Parquet or ORC"));
        export.disableProperty().bind(model.runningProperty().or(model.errorProperty().isNotNull()));
        export.setOnAction(e -> io.sparkworkbench.ui.common.ExportDialog.ask(getScene().getWindow(), "the result", "result",
                model.statement().text(), model.columnsProperty().get().stream().map(ColumnInfo::name).toList(), exportFolder)
                .ifPresent(model::export));
        Button stopExport = new Button("Stop export");
        stopExport.getStyleClass().add("sql-export-stop");
        stopExport.visibleProperty().bind(model.exportingProperty());
        stopExport.managedProperty().bind(stopExport.visibleProperty());
        stopExport.setOnAction(e -> model.stopExport());
        export.visibleProperty().bind(model.exportingProperty().not());
        export.managedProperty().bind(export.visibleProperty());
        Label exportStatus = new Label();
        exportStatus.getStyleClass().add("sql-export-status");
        exportStatus.textProperty().bind(model.exportStatusProperty());
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.ToggleButton showPlan = new javafx.scene.control.ToggleButton("Executed plan");
        showPlan.getStyleClass().add("sql-show-plan");
        showPlan.setTooltip(new javafx.scene.control.Tooltip("The physical plan Spark ran, with the metrics it recorded"));
        showPlan.disableProperty().bind(model.planProperty().isNull());
        javafx.scene.control.ToggleButton showChart = new javafx.scene.control.ToggleButton("Chart");
        showChart.getStyleClass().add("sql-show-chart");
        showChart.setTooltip(new javafx.scene.control.Tooltip("Plot the fetched rows as a bar, line, area, pie, scatter or histogram chart"));
        showChart.disableProperty().bind(model.errorProperty().isNotNull());
        // At most one of plan and chart replaces the grid; the chart panel is built on first use.
        javafx.scene.control.ToggleGroup views = new javafx.scene.control.ToggleGroup();
        showPlan.setToggleGroup(views);
        showChart.setToggleGroup(views);
        ResultChartPanel[] chart = new ResultChartPanel[1];
        views.selectedToggleProperty().addListener((obs, was, on) -> {
            if (on == showPlan && model.planProperty().get() != null) {
                setCenter(new PlanView(model.planProperty().get()));
            } else if (on == showChart) {
                if (chart[0] == null) {
                    chart[0] = new ResultChartPanel(model);
                }
                setCenter(chart[0]);
            } else {
                setCenter(grid);
            }
        });
        HBox footer = new HBox(10, status, next, spacer, exportStatus, showChart, showPlan, export, stopExport);
        // A long message wraps; the buttons never shrink to "…".
        for (javafx.scene.control.Control button : java.util.List.of(next, showChart, showPlan, export, stopExport)) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(status, javafx.scene.layout.Priority.SOMETIMES);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(4, 6, 4, 6));
        setCenter(grid);
        setBottom(footer);
    }
}

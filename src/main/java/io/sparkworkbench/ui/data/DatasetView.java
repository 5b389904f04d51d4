package io.sparkworkbench.ui.data;

import io.sparkworkbench.chart.MonthPoint;
import io.sparkworkbench.chart.ValueFormat;
import io.sparkworkbench.chart.WorkbenchCharts;
import io.sparkworkbench.engine.datagen.CategoryMonthRevenue;
import io.sparkworkbench.engine.dataset.TableSummary;
import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.engine.sql.TablePreview;
import io.sparkworkbench.ui.common.Columns;
import io.sparkworkbench.ui.common.Formats;
import io.sparkworkbench.ui.common.ValueGrid;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The open data set: summary grid, revenue chart, and a typed preview of the selected table. */
final class DatasetView extends SplitPane {

    private final DatasetViewModel model;
    private final WorkbenchChart chart = new WorkbenchChart();
    private final ValueGrid preview = new ValueGrid();
    private final Label previewTitle = new Label("Preview");
    private final StackPane tableArea = new StackPane();

    DatasetView(DatasetViewModel model) {
        this.model = model;
        TableView<TableSummary> summary = new TableView<>(model.tables());
        summary.setId("dataset-summary");
        summary.setPlaceholder(new Label("Open a data folder (File → Open) or generate one"));
        summary.getColumns().setAll(List.of(
                Columns.text("table", TableSummary::table),
                Columns.number("rows", TableSummary::rows, Formats::count),
                Columns.number("files", TableSummary::files, String::valueOf),
                Columns.number("size", TableSummary::bytes, Formats::bytes),
                Columns.number("seconds", TableSummary::seconds, s -> s == 0 ? "" : String.format("%.2f", s))));
        summary.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tableArea.getChildren().add(summary);
        summary.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.select(row.table());
            }
        });
        model.selectedTableProperty().addListener((obs, old, table) -> summary.getItems().stream()
                .filter(s -> s.table().equals(table)).findFirst()
                .ifPresent(s -> summary.getSelectionModel().select(s)));

        Label message = new Label();
        message.setId("dataset-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        Label folder = new Label();
        folder.setId("dataset-folder");
        folder.textProperty().bind(model.folderProperty());
        folder.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        folder.getStyleClass().add("form-hint");
        javafx.scene.control.Tooltip folderTip = new javafx.scene.control.Tooltip();
        folderTip.textProperty().bind(model.folderProperty());
        folder.setTooltip(folderTip);
        Label clusterWarning = new Label();
        clusterWarning.setId("dataset-cluster-warning");
        clusterWarning.getStyleClass().add("import-warning");
        clusterWarning.setWrapText(true);
        clusterWarning.textProperty().bind(model.clusterWarningProperty());
        clusterWarning.managedProperty().bind(model.clusterWarningProperty().isNotEmpty());
        clusterWarning.visibleProperty().bind(model.clusterWarningProperty().isNotEmpty());
        VBox summaryBox = new VBox(4, title("Data set"), folder, message, clusterWarning, tableArea);
        VBox.setVgrow(tableArea, javafx.scene.layout.Priority.ALWAYS);

        chart.setId("dataset-chart");
        chart.setPlaceholderText(model.chartMessageProperty().get());
        model.chartMessageProperty().addListener((obs, old, text) -> chart.setPlaceholderText(text));
        model.revenueProperty().addListener((obs, old, points) -> showRevenue(points));

        SplitPane top = new SplitPane(summaryBox, chart);
        top.setDividerPositions(0.48);

        preview.setId("dataset-preview");
        previewTitle.setId("dataset-preview-title");
        previewTitle.getStyleClass().add("section-title");
        model.previewProperty().addListener((obs, old, p) -> showPreview(p));
        BorderPane previewBox = new BorderPane(preview);
        previewBox.setTop(previewTitle);
        BorderPane.setMargin(previewTitle, new Insets(0, 0, 4, 0));

        setOrientation(Orientation.VERTICAL);
        getItems().addAll(top, previewBox);
        setDividerPositions(0.55);
        setPadding(new Insets(8));
    }

    /** Shows {@code progress} over the summary grid while a generation runs. */
    void showWhileRunning(javafx.scene.Node progress, javafx.beans.value.ObservableBooleanValue running) {
        tableArea.getChildren().add(progress);
        progress.visibleProperty().bind(running);
    }

    WorkbenchChart chart() {
        return chart;
    }

    private void showRevenue(List<CategoryMonthRevenue> points) {
        if (points == null || points.isEmpty()) {
            chart.clear();
            return;
        }
        List<MonthPoint> series = points.stream()
                .map(p -> new MonthPoint(p.category(), p.month(), p.revenue())).toList();
        chart.setChart(WorkbenchCharts.monthlyLineChart("Monthly revenue by category", "Revenue",
                ValueFormat.CURRENCY, series));
        io.sparkworkbench.ui.common.FirstFrames.markAfterNextPulse(getScene(), "first_chart");
    }

    private void showPreview(TablePreview p) {
        if (p == null) {
            preview.clear();
            previewTitle.setText("Preview");
            return;
        }
        preview.show(p.columns().stream().map(ColumnInfo::name).toList(),
                p.columns().stream().map(ColumnInfo::type).toList(), p.rows());
        previewTitle.setText("Preview of " + p.table() + ": first " + Formats.count(p.rows().size()) + " rows"
                + (p.more() ? " (the table has more)" : " (all rows)"));
        io.sparkworkbench.ui.common.FirstFrames.markAfterNextPulse(getScene(), "first_preview");
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }
}

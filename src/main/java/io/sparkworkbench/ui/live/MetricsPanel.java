package io.sparkworkbench.ui.live;

import io.sparkworkbench.chart.ValueFormat;
import io.sparkworkbench.engine.stream.query.BatchMetrics;
import io.sparkworkbench.engine.stream.query.LiveStreamService;
import io.sparkworkbench.engine.stream.query.QueryStatus;
import io.sparkworkbench.engine.stream.session.LiveSnapshot;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * What Spark's Structured Streaming UI shows, for the query chosen: input and processed rows per second, batch
 * duration beside end-to-end latency, state rows, and how far the watermark trails; with every query's status below
 * and "Start fresh" for a query whose checkpoint cannot serve it.
 */
final class MetricsPanel extends BorderPane {

    private final LiveViewModel model;
    private final ComboBox<String> query = new ComboBox<>(FXCollections.observableArrayList(LiveStreamService.QUERIES));
    private final LiveTimeChart rates = new LiveTimeChart("live-metrics-rates", "Rows per second", "Rows/s",
            ValueFormat.INTEGER, List.of(LiveChartData.INPUT_RATE, LiveChartData.PROCESSED_RATE));
    private final LiveTimeChart durations = new LiveTimeChart("live-metrics-durations", "Batch time and latency", "ms",
            ValueFormat.INTEGER, List.of(LiveChartData.BATCH_MS, LiveChartData.LATENCY_P50, LiveChartData.LATENCY_P95));
    private final LiveTimeChart state = new LiveTimeChart("live-metrics-state", "State rows", "Rows", ValueFormat.INTEGER,
            List.of(LiveChartData.STATE_ROWS));
    private final LiveTimeChart watermark = new LiveTimeChart("live-metrics-watermark", "Watermark gap", "Seconds",
            ValueFormat.DECIMAL, List.of(LiveChartData.WATERMARK_GAP));
    private final TableView<QueryStatus> table = new TableView<>();
    private final FlowPane fresh = new FlowPane(6, 4);
    private List<BatchMetrics> drawn;
    private List<QueryStatus> listed = List.of();

    MetricsPanel(LiveViewModel model) {
        this.model = model;
        setId("live-metrics");
        query.setId("live-metrics-query");
        query.getSelectionModel().selectFirst();
        query.valueProperty().addListener((obs, old, now) -> {
            drawn = null;
            show(model.shownProperty().get());
        });
        Label which = new Label("Query");
        HBox top = new HBox(8, which, query);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 6, 0));
        setTop(top);

        // One row of four: on a laptop screen with the jobs panel open, two rows left each chart no plot at all.
        GridPane charts = new GridPane();
        charts.setHgap(6);
        for (int c = 0; c < 4; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(25);
            charts.getColumnConstraints().add(column);
        }
        RowConstraints row = new RowConstraints();
        row.setPercentHeight(100);
        row.setVgrow(Priority.ALWAYS);
        charts.getRowConstraints().add(row);
        charts.setMinHeight(0);
        charts.add(rates.view(), 0, 0);
        charts.add(durations.view(), 1, 0);
        charts.add(state.view(), 2, 0);
        charts.add(watermark.view(), 3, 0);
        for (WorkbenchChart c : charts()) {
            c.setPlaceholderText("Metrics appear after the query's first micro-batch");
            c.setCompact(true);
        }

        table.setId("live-query-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Query", q -> q.queryName(), 190));
        table.getColumns().add(column("Last batch", q -> q.lastBatchId() < 0 ? "–" : Long.toString(q.lastBatchId()), 80));
        table.getColumns().add(column("Input rows", q -> String.format(Locale.ROOT, "%,d", q.inputRows()), 100));
        table.getColumns().add(column("Late events", q -> q.lateEvents() < 0 ? "–" : String.format(Locale.ROOT, "%,d", q.lateEvents()), 90));
        table.getColumns().add(column("Dropped rows", q -> String.format(Locale.ROOT, "%,d", q.droppedByWatermark()), 100));
        table.getColumns().add(column("State", LiveText::queryState, 300));
        table.setPrefHeight(150);
        table.setMinHeight(90);
        table.setPlaceholder(new Label("No query has started yet"));
        fresh.setId("live-fresh-starts");
        VBox bottom = new VBox(4, table, fresh);
        VBox.setVgrow(table, Priority.ALWAYS);
        bottom.setMinHeight(0);
        SplitPane split = new SplitPane(charts, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        SplitPane.setResizableWithParent(bottom, false);
        setCenter(split);
    }

    private static TableColumn<QueryStatus, String> column(String title, java.util.function.Function<QueryStatus, String> text, double width) {
        TableColumn<QueryStatus, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** Redraws the chosen query's metrics when it has new batches. */
    void show(LiveSnapshot s) {
        if (s == null) {
            return;
        }
        List<BatchMetrics> batches = s.metrics().get(query.getValue());
        if (batches != null && !batches.equals(drawn)) {
            drawn = batches;
            rates.update(LiveChartData.rates(batches));
            durations.update(LiveChartData.durations(batches));
            state.update(LiveChartData.stateRows(batches));
            watermark.update(LiveChartData.watermarkGap(batches));
        }
    }

    /** The status table follows the latest snapshot even while the charts are paused. */
    void showStatus(LiveSnapshot s) {
        if (s == null || s.queries().equals(listed)) {
            return;
        }
        listed = s.queries();
        table.getItems().setAll(listed);
        fresh.getChildren().clear();
        for (QueryStatus q : s.needingFreshStart()) {
            Button b = new Button("Start " + q.view() + " fresh");
            b.setMnemonicParsing(false);
            b.setId("live-fresh-" + q.view());
            b.setOnAction(e -> model.startFresh(q.view()));
            fresh.getChildren().add(b);
        }
    }

    List<WorkbenchChart> charts() {
        return List.of(rates.view(), durations.view(), state.view(), watermark.view());
    }

    void setDarkTheme(boolean dark) {
        charts().forEach(c -> c.setDarkTheme(dark));
    }
}

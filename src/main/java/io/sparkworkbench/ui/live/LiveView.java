package io.sparkworkbench.ui.live;

import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The live tab's layout: controls and status on top, then the charts, the metrics panel and the live segments as sub-tabs. */
final class LiveView extends BorderPane {

    private final LiveChartsPanel charts;
    private final MetricsPanel metrics;
    private final LiveSegmentsPanel segments;
    private final TabPane pages = new TabPane();

    LiveView(LiveViewModel model, ZoneId zone) {
        setId("live-view");
        charts = new LiveChartsPanel(zone);
        metrics = new MetricsPanel(model);
        segments = new LiveSegmentsPanel(model, zone);
        Label status = new Label();
        status.setId("live-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label error = new Label();
        error.setId("live-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setStyle("-fx-text-fill: #cf222e;");
        Label alert = new Label();
        alert.setId("live-alert");
        alert.setWrapText(true);
        alert.textProperty().bind(model.alertProperty());
        alert.visibleProperty().bind(model.alertProperty().isNotEmpty());
        alert.managedProperty().bind(alert.visibleProperty());
        alert.setStyle("-fx-text-fill: #cf222e; -fx-font-weight: bold;");
        Label paused = new Label("View paused: the charts are frozen while the queries keep running");
        paused.setId("live-paused");
        paused.visibleProperty().bind(model.pausedProperty());
        paused.managedProperty().bind(paused.visibleProperty());
        VBox top = new VBox(4, new LiveControls(model), status, error, alert, paused);
        top.setPadding(new Insets(0, 0, 6, 0));
        setTop(top);

        Tab chartsTab = new Tab("Charts", charts);
        chartsTab.setId("live-tab-charts");
        Tab metricsTab = new Tab("Metrics", metrics);
        metricsTab.setId("live-tab-metrics");
        Tab segmentsTab = new Tab("Segments", segments);
        segmentsTab.setId("live-tab-segments");
        pages.getTabs().addAll(chartsTab, metricsTab, segmentsTab);
        pages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(pages);
        setPadding(new Insets(8));

        model.shownProperty().addListener((obs, old, now) -> {
            charts.show(now);
            metrics.show(now);
            segments.show(now);
        });
        model.latestProperty().addListener((obs, old, now) -> metrics.showStatus(now));
    }

    LiveChartsPanel charts() {
        return charts;
    }

    LiveSegmentsPanel segments() {
        return segments;
    }

    MetricsPanel metrics() {
        return metrics;
    }

    void select(String tabId) {
        pages.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().ifPresent(t -> pages.getSelectionModel().select(t));
    }

    List<WorkbenchChart> allCharts() {
        List<WorkbenchChart> all = new ArrayList<>(charts.charts());
        all.addAll(metrics.charts());
        all.addAll(segments.charts());
        return all;
    }

    void setDarkTheme(boolean dark) {
        charts.setDarkTheme(dark);
        metrics.setDarkTheme(dark);
        segments.setDarkTheme(dark);
    }
}

package io.sparkworkbench.ui.live;

import io.sparkworkbench.chart.ValueFormat;
import io.sparkworkbench.engine.stream.learn.LiveSegments;
import io.sparkworkbench.engine.stream.session.LiveSnapshot;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/**
 * Online learning on the stream: the segment mix of the live events' customers per ten-second window, and how far
 * each segment's online centre has drifted from the batch model's, with "Reset to batch model". The drift chart's
 * series are the segments' names, which only a newly loaded segmentation changes: the chart is built again then.
 */
final class LiveSegmentsPanel extends BorderPane {

    private final ZoneId zone;
    private final GridPane charts = new GridPane();
    private final Label summary = new Label();
    private final LiveBarChart mix = new LiveBarChart("live-chart-segments", "Segment mix of live events, 10 s windows", "Events",
            ValueFormat.INTEGER, true, false, true);
    private LiveTimeChart drift;
    private List<String> driftNames = List.of();
    private long drawnVersion = Long.MIN_VALUE;
    private boolean dark;

    LiveSegmentsPanel(LiveViewModel model, ZoneId zone) {
        this.zone = zone;
        setId("live-segments");
        summary.setId("live-segments-summary");
        summary.setWrapText(true);
        summary.setText(LiveSegmentsData.summary(null, java.util.Optional.empty()));
        Button reset = new Button("Reset to batch model");
        reset.setId("live-segments-reset");
        reset.setMinWidth(Button.USE_PREF_SIZE);
        reset.setTooltip(new Tooltip("Put every online centre back on the batch segmentation's centre; learning goes on from there"));
        reset.disableProperty().bind(model.learningProperty().not());
        reset.setOnAction(e -> model.resetToBatch());
        HBox top = new HBox(8, reset, summary);
        HBox.setHgrow(summary, Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 6, 0));
        setTop(top);

        for (int c = 0; c < 2; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            charts.getColumnConstraints().add(column);
        }
        RowConstraints row = new RowConstraints();
        row.setPercentHeight(100);
        row.setVgrow(Priority.ALWAYS);
        charts.getRowConstraints().add(row);
        charts.setHgap(6);
        mix.view().setPlaceholderText("The mix appears after the first micro-batch of known customers");
        mix.view().setCompact(true);
        charts.add(mix.view(), 0, 0);
        rebuildDrift(List.of());
        setCenter(charts);
    }

    /** Redraws when the learning query folded a batch or the centres were reset since the last draw. */
    void show(LiveSnapshot s) {
        LiveSegments segments = s == null ? null : s.segments();
        summary.setText(LiveSegmentsData.summary(segments, LiveSegmentsData.learningQuery(s)));
        if (segments == null) {
            return;
        }
        long version = version(segments);
        if (version == drawnVersion && segments.names().equals(driftNames)) {
            return;
        }
        drawnVersion = version;
        if (!segments.names().equals(driftNames)) {
            rebuildDrift(segments.names());
        }
        mix.update(LiveSegmentsData.mix(segments, zone));
        drift.update(LiveSegmentsData.drift(segments));
    }

    private static long version(LiveSegments segments) {
        List<LiveSegments.Drift> points = segments.drift();
        return segments.lastBatchId() * 31 + (points.isEmpty() ? -1 : points.get(points.size() - 1).timeMs());
    }

    private void rebuildDrift(List<String> names) {
        if (drift != null) {
            charts.getChildren().remove(drift.view());
        }
        driftNames = List.copyOf(names);
        drift = new LiveTimeChart("live-chart-drift", "Drift of the online centres from the batch model", "Distance (scaled units)",
                ValueFormat.DECIMAL, driftNames);
        drift.view().setPlaceholderText("Drift appears once the online centres have learnt from a batch");
        drift.view().setCompact(true);
        drift.view().setDarkTheme(dark);
        charts.add(drift.view(), 1, 0);
    }

    List<WorkbenchChart> charts() {
        List<WorkbenchChart> all = new ArrayList<>();
        all.add(mix.view());
        all.add(drift.view());
        return all;
    }

    void setDarkTheme(boolean dark) {
        this.dark = dark;
        charts().forEach(c -> c.setDarkTheme(dark));
    }
}

package io.sparkworkbench.ui.live;

import io.sparkworkbench.chart.ValueFormat;
import io.sparkworkbench.engine.stream.session.LiveSnapshot;
import io.sparkworkbench.engine.stream.session.LiveSourceStatus;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Two compact live charts for another tab (the Dashboard): events per second of the newest ten-second windows and
 * the revenue per sliding minute as the Live tab draws it, with a caption saying what runs. Shown only while the live
 * session is active; a click on a chart (not a drag, which zooms) or on the link opens the Live tab.
 */
public final class LiveOverview extends VBox {

    /** Tall enough for the title, the axes and the legend of a chart laid out next to others. */
    static final double CHART_HEIGHT = 190;

    private final LiveTimeChart events = new LiveTimeChart("dashboard-live-events", "Live events/s", "Events/s", ValueFormat.INTEGER,
            List.of(LiveChartData.EVENTS_CLOSED, LiveChartData.EVENTS_FILLING));
    private final LiveTimeChart revenue = new LiveTimeChart("dashboard-live-revenue", "Live revenue per minute", "Revenue",
            ValueFormat.CURRENCY, List.of(LiveChartData.REVENUE_CLOSED, LiveChartData.REVENUE_FILLING));
    private final Label caption = new Label();
    private long eventsBatch = Long.MIN_VALUE;
    private long revenueBatch = Long.MIN_VALUE;

    /** @param openLiveTab brings the Live tab to the front */
    public LiveOverview(Runnable openLiveTab) {
        super(4);
        setId("dashboard-live");
        caption.setId("dashboard-live-caption");
        caption.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(caption, Priority.ALWAYS);
        Hyperlink open = new Hyperlink("Open the Live tab");
        open.setId("dashboard-live-open");
        open.setOnAction(e -> openLiveTab.run());
        HBox captionRow = new HBox(8, caption, open);
        captionRow.setAlignment(Pos.CENTER_LEFT);

        events.drawAsContinuation(LiveChartData.EVENTS_FILLING);
        revenue.drawAsContinuation(LiveChartData.REVENUE_FILLING);
        events.view().setPlaceholderText("Events per second appear after the first micro-batch");
        revenue.view().setPlaceholderText("Revenue appears with the first purchases");
        GridPane charts = new GridPane();
        charts.setHgap(8);
        for (WorkbenchChart chart : charts()) {
            chart.setCompact(true);
            chart.setPrefHeight(CHART_HEIGHT);
            chart.setMinHeight(CHART_HEIGHT);
            // A click (not the end of a zoom drag) on the chart itself; the corner menu handles its own clicks.
            chart.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && e.getTarget() instanceof Canvas) {
                    openLiveTab.run();
                }
            });
            Tooltip.install(chart, new Tooltip("Click to open the Live tab with every live chart"));
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            charts.getColumnConstraints().add(column);
        }
        charts.addRow(0, events.view(), revenue.view());
        getChildren().addAll(captionRow, charts);
        // Hidden until a session runs, and then out of the layout, so the Dashboard's grid keeps its height.
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    /** Shows the row while {@code s} is active (hides it otherwise), redrawing a chart only when its query folded a new batch. */
    public void show(LiveSnapshot s) {
        boolean active = s != null && s.isActive();
        setVisible(active);
        if (!active) {
            return;
        }
        caption.setText(caption(s));
        if (s.eventCounts() != null && s.eventCounts().lastBatchId() != eventsBatch) {
            eventsBatch = s.eventCounts().lastBatchId();
            events.update(LiveChartData.eventsPerSecond(s.eventCounts()));
        }
        if (s.revenue() != null && s.revenue().lastBatchId() != revenueBatch) {
            revenueBatch = s.revenue().lastBatchId();
            revenue.update(LiveChartData.revenue(s.revenue()));
        }
    }

    /** "Live: simulator at 1,000 events/s · 12,345 events so far · the dashboard's filters do not apply to these charts". */
    static String caption(LiveSnapshot s) {
        StringBuilder line = new StringBuilder(s.state() == LiveSnapshot.State.RUNNING ? "Live: " : "Live (" + state(s) + "): ");
        LiveSourceStatus source = s.source();
        line.append(source.description().isEmpty() ? "stream" : source.description());
        if (source.eventsProduced() >= 0) {
            line.append(String.format(Locale.ROOT, " · %,d events so far", source.eventsProduced()));
        } else if (s.eventCounts() != null) {
            // The user's folder: ours to count only as the queries read it, over the windows they keep.
            line.append(String.format(Locale.ROOT, " · %,d events in the windows kept", s.eventCounts().total()));
        }
        return line.append(" · the dashboard's filters do not apply to these charts").toString();
    }

    private static String state(LiveSnapshot s) {
        return s.state().name().toLowerCase(Locale.ROOT);
    }

    public void setDarkTheme(boolean dark) {
        charts().forEach(c -> c.setDarkTheme(dark));
    }

    private List<WorkbenchChart> charts() {
        return List.of(events.view(), revenue.view());
    }
}

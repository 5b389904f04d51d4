package io.sparkworkbench.ui.live;

import io.sparkworkbench.chart.ValueFormat;
import io.sparkworkbench.engine.stream.LiveEventSchema;
import io.sparkworkbench.engine.stream.session.LiveSnapshot;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/**
 * The five live charts: events per type per 10 s window (stacked), revenue per sliding minute, the last minute's top
 * products, the funnel of the newest minute, and sessions. Each redraws only when its own query folded a new batch.
 */
final class LiveChartsPanel extends GridPane {

    private final ZoneId zone;
    private final LiveBarChart events = new LiveBarChart("live-chart-events", "Events per type, 10 s windows", "Events",
            ValueFormat.INTEGER, true, false, true);
    private final LiveTimeChart revenue = new LiveTimeChart("live-chart-revenue", "Revenue, sliding 1-minute windows", "Revenue",
            ValueFormat.CURRENCY, List.of(LiveChartData.REVENUE_CLOSED, LiveChartData.REVENUE_FILLING));
    private final LiveBarChart top = new LiveBarChart("live-chart-top", "Top products, last minute", "Events", ValueFormat.INTEGER,
            false, true, false);
    private final LiveBarChart funnel = new LiveBarChart("live-chart-funnel", "Funnel, newest minute", "Sessions",
            ValueFormat.INTEGER, false, true, false);
    private final LiveTimeChart sessions = new LiveTimeChart("live-chart-sessions", "Sessions per 10 s (closed sessions)", "Sessions",
            ValueFormat.INTEGER, List.of("active sessions", "ended sessions"));
    private long eventsBatch = Long.MIN_VALUE;
    private long revenueBatch = Long.MIN_VALUE;
    private long topBatch = Long.MIN_VALUE;
    private long funnelBatch = Long.MIN_VALUE;
    private long sessionsBatch = Long.MIN_VALUE;

    LiveChartsPanel(ZoneId zone) {
        this.zone = zone;
        setId("live-charts");
        setHgap(6);
        setVgap(6);
        for (int c = 0; c < 3; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 3);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
        }
        for (int r = 0; r < 2; r++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(row);
        }
        events.view().setPlaceholderText("Events appear after the first micro-batch");
        revenue.view().setPlaceholderText("Revenue appears with the first purchases");
        // Dashed in the closed windows' colour: a second colour read as revenue falling (as on the Dashboard's live row).
        revenue.drawAsContinuation(LiveChartData.REVENUE_FILLING);
        top.view().setPlaceholderText("Products appear after the first micro-batch");
        funnel.view().setPlaceholderText("The funnel appears after the first micro-batch");
        sessions.view().setPlaceholderText("Sessions appear once they close: their gap plus the watermark after their last event");
        charts().forEach(c -> c.setCompact(true));
        add(events.view(), 0, 0, 2, 1);
        add(revenue.view(), 2, 0);
        add(top.view(), 0, 1);
        add(funnel.view(), 1, 1);
        add(sessions.view(), 2, 1);
    }

    /** Redraws the charts whose query has folded a batch since they were last drawn. */
    void show(LiveSnapshot s) {
        if (s == null) {
            return;
        }
        if (s.eventCounts() != null && s.eventCounts().lastBatchId() != eventsBatch) {
            eventsBatch = s.eventCounts().lastBatchId();
            events.update(LiveChartData.eventsPerType(s.eventCounts(), zone));
        }
        if (s.revenue() != null && s.revenue().lastBatchId() != revenueBatch) {
            revenueBatch = s.revenue().lastBatchId();
            revenue.update(LiveChartData.revenue(s.revenue()));
        }
        if (s.topProducts() != null && s.topProducts().lastBatchId() != topBatch) {
            topBatch = s.topProducts().lastBatchId();
            top.update(LiveChartData.topProducts(s.topProducts(), s.productNames()));
        }
        if (s.funnel() != null && s.funnel().lastBatchId() != funnelBatch) {
            funnelBatch = s.funnel().lastBatchId();
            funnel.update(LiveChartData.funnel(s.funnel()));
        }
        if (s.sessions() != null && s.sessions().lastBatchId() != sessionsBatch) {
            sessionsBatch = s.sessions().lastBatchId();
            sessions.update(LiveChartData.sessions(s.sessions()));
        }
    }

    List<WorkbenchChart> charts() {
        return List.of(events.view(), revenue.view(), top.view(), funnel.view(), sessions.view());
    }

    void setDarkTheme(boolean dark) {
        charts().forEach(c -> c.setDarkTheme(dark));
    }

    static List<String> eventTypes() {
        return LiveEventSchema.EVENT_TYPES;
    }
}

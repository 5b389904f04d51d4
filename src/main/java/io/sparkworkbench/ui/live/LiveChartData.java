package io.sparkworkbench.ui.live;

import io.sparkworkbench.chart.BarValue;
import io.sparkworkbench.engine.stream.query.BatchMetrics;
import io.sparkworkbench.engine.stream.query.EventCounts;
import io.sparkworkbench.engine.stream.query.Funnel;
import io.sparkworkbench.engine.stream.query.Revenue;
import io.sparkworkbench.engine.stream.query.Sessions;
import io.sparkworkbench.engine.stream.query.TopProducts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What each live chart plots, from the session's records, bounded: the newest {@link #WINDOWS} windows of a
 * windowed result, the newest {@link #BATCHES} batches of a query's metrics. Pure functions, no JavaFX.
 */
final class LiveChartData {

    /** Ten-second windows shown: three minutes. */
    static final int WINDOWS = 18;
    /** Sliding minutes (every 10 s) and session buckets shown: five minutes. */
    static final int TIME_WINDOWS = 30;
    static final int BATCHES = 120;
    static final int TOP_N = 10;

    static final String REVENUE_CLOSED = "revenue (closed windows)";
    static final String REVENUE_FILLING = "still taking purchases";
    /** The revenue query's window: one minute, sliding every ten seconds. */
    static final long REVENUE_WINDOW_MS = 60_000;

    static final String EVENTS_CLOSED = "events/s (closed windows)";
    static final String EVENTS_FILLING = "newest window, still filling";

    static final String INPUT_RATE = "input rows/s";
    static final String PROCESSED_RATE = "processed rows/s";
    static final String BATCH_MS = "batch duration";
    static final String LATENCY_P50 = "latency p50";
    static final String LATENCY_P95 = "latency p95";
    static final String STATE_ROWS = "state rows";
    static final String WATERMARK_GAP = "batch time − watermark";

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private LiveChartData() {
    }

    /** Events per type in each of the newest ten-second windows: one stacked bar per window, labelled by its start. */
    static List<BarValue> eventsPerType(EventCounts counts, ZoneId zone) {
        return counts == null ? new ArrayList<>() : stackedWindows(counts.windowStartMs(), counts.types(), counts.counts(), zone);
    }

    /**
     * One stacked bar per each of the newest {@link #WINDOWS} windows, labelled by its start time, with every series in
     * every window ({@code values[series][window]}, zeros included) in the order given, so series n keeps colour n.
     */
    static List<BarValue> stackedWindows(long[] starts, List<String> series, long[][] values, ZoneId zone) {
        List<BarValue> bars = new ArrayList<>();
        for (int w = Math.max(0, starts.length - WINDOWS); w < starts.length; w++) {
            String label = CLOCK.format(Instant.ofEpochMilli(starts[w]).atZone(zone));
            for (int s = 0; s < series.size(); s++) {
                bars.add(new BarValue(label, series.get(s), values[s][w]));
            }
        }
        return bars;
    }

    /**
     * Revenue of each sliding minute, at the minute's end: windows that have closed as one series, and the newest
     * minute's windows, which still take purchases, as another. The newest window ends a minute after the slide
     * holding the newest purchase, so a window ending within the minute before it has not closed; drawn as one
     * line, their partial sums read as revenue falling. The last closed point starts the still-filling line so
     * the two join.
     */
    static List<TimePoint> revenue(Revenue revenue) {
        List<TimePoint> points = new ArrayList<>();
        if (revenue == null || revenue.windowEndMs().length == 0) {
            return points;
        }
        long[] ends = revenue.windowEndMs();
        long closedUpTo = ends[ends.length - 1] - REVENUE_WINDOW_MS;
        int lastClosed = -1;
        for (int w = Math.max(0, ends.length - TIME_WINDOWS); w < ends.length; w++) {
            boolean closed = ends[w] <= closedUpTo;
            points.add(new TimePoint(closed ? REVENUE_CLOSED : REVENUE_FILLING, ends[w], revenue.revenue()[w]));
            lastClosed = closed ? w : lastClosed;
        }
        if (lastClosed >= 0) {
            points.add(new TimePoint(REVENUE_FILLING, ends[lastClosed], revenue.revenue()[lastClosed]));
        }
        return points;
    }

    /**
     * Events per second of each of the newest {@link #WINDOWS} ten-second windows (all types), at the window's end, as
     * the revenue: closed windows as one series, the newest window (still counting events) as another joined to the
     * last closed one, so its partial count does not read as the rate falling. A window without events between two
     * with events is drawn as zero: no event fell in it.
     */
    static List<TimePoint> eventsPerSecond(EventCounts counts) {
        List<TimePoint> points = new ArrayList<>();
        if (counts == null || counts.windowStartMs().length == 0) {
            return points;
        }
        long[] starts = counts.windowStartMs();
        long newest = starts[starts.length - 1];
        long oldest = newest - (WINDOWS - 1) * counts.windowMs();
        java.util.Map<Long, Long> totals = new java.util.HashMap<>();
        long first = newest;
        for (int w = starts.length - 1; w >= 0 && starts[w] >= oldest; w--) {
            totals.put(starts[w], counts.total(w));
            first = starts[w];
        }
        double seconds = counts.windowMs() / 1000.0;
        for (long start = first; start <= newest; start += counts.windowMs()) {
            double rate = totals.getOrDefault(start, 0L) / seconds;
            long end = start + counts.windowMs();
            if (start < newest) {
                points.add(new TimePoint(EVENTS_CLOSED, end, rate));
            }
            if (start >= newest - counts.windowMs()) {
                points.add(new TimePoint(EVENTS_FILLING, end, rate));
            }
        }
        return points;
    }

    /** The last minute's most viewed products, rank 1 first, by name where the data set has one. */
    static List<BarValue> topProducts(TopProducts top, java.util.Map<Long, String> names) {
        List<BarValue> bars = new ArrayList<>();
        if (top == null) {
            return bars;
        }
        for (TopProducts.Product p : top.products().subList(0, Math.min(TOP_N, top.products().size()))) {
            String name = names.get(p.productId());
            String label = name != null ? name : "product " + p.productId();
            bars.add(new BarValue("#" + p.rank() + " " + label, "events", p.events()));
        }
        return bars;
    }

    /** Sessions reaching each funnel step in the newest minute, each labelled with its share of the first step. */
    static List<BarValue> funnel(Funnel funnel) {
        List<BarValue> bars = new ArrayList<>();
        if (funnel == null || funnel.windowStartMs().length == 0) {
            return bars;
        }
        long[] latest = funnel.latest();
        long first = latest.length == 0 ? 0 : latest[0];
        for (int s = 0; s < latest.length; s++) {
            String share = first > 0 ? String.format(Locale.ROOT, " (%.0f%%)", 100.0 * latest[s] / first) : "";
            bars.add(new BarValue(funnel.steps().get(s) + share, "sessions", latest[s]));
        }
        return bars;
    }

    /** Active and ended sessions per ten-second bucket (final once the gap and the watermark have passed). */
    static List<TimePoint> sessions(Sessions sessions) {
        List<TimePoint> points = new ArrayList<>();
        if (sessions == null) {
            return points;
        }
        long[] starts = sessions.bucketStartMs();
        for (int b = Math.max(0, starts.length - TIME_WINDOWS); b < starts.length; b++) {
            points.add(new TimePoint("active sessions", starts[b], sessions.activeSessions()[b]));
            points.add(new TimePoint("ended sessions", starts[b], sessions.endedSessions()[b]));
        }
        return points;
    }

    static List<TimePoint> rates(List<BatchMetrics> batches) {
        List<TimePoint> points = new ArrayList<>();
        for (BatchMetrics m : newest(batches)) {
            points.add(new TimePoint(INPUT_RATE, m.timestampMs(), finite(m.inputRowsPerSecond())));
            points.add(new TimePoint(PROCESSED_RATE, m.timestampMs(), finite(m.processedRowsPerSecond())));
        }
        return points;
    }

    /** Batch duration, and the end-to-end latency of the batches that had input. */
    static List<TimePoint> durations(List<BatchMetrics> batches) {
        List<TimePoint> points = new ArrayList<>();
        for (BatchMetrics m : newest(batches)) {
            points.add(new TimePoint(BATCH_MS, m.timestampMs(), m.batchDurationMs()));
            if (m.latency() != null) {
                points.add(new TimePoint(LATENCY_P50, m.timestampMs(), m.latency().p50()));
                points.add(new TimePoint(LATENCY_P95, m.timestampMs(), m.latency().p95()));
            }
        }
        return points;
    }

    static List<TimePoint> stateRows(List<BatchMetrics> batches) {
        List<TimePoint> points = new ArrayList<>();
        for (BatchMetrics m : newest(batches)) {
            points.add(new TimePoint(STATE_ROWS, m.timestampMs(), m.stateRows()));
        }
        return points;
    }

    /** How far the watermark trails the batch, in seconds (Spark's "global watermark gap"); batches before the first watermark are left out. */
    static List<TimePoint> watermarkGap(List<BatchMetrics> batches) {
        List<TimePoint> points = new ArrayList<>();
        for (BatchMetrics m : newest(batches)) {
            if (m.watermarkMs() > 0) {
                points.add(new TimePoint(WATERMARK_GAP, m.timestampMs(), (m.timestampMs() - m.watermarkMs()) / 1000.0));
            }
        }
        return points;
    }

    private static List<BatchMetrics> newest(List<BatchMetrics> batches) {
        if (batches == null) {
            return List.of();
        }
        return batches.subList(Math.max(0, batches.size() - BATCHES), batches.size());
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}

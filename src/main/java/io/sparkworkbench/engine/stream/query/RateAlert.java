package io.sparkworkbench.engine.stream.query;

/**
 * The event-rate alert: the newest complete 10-second window against the mean of the windows before it.
 *
 * @param raised the window held at least {@code factor} times its rolling mean
 * @param windowStartMs the window judged, or -1 when there is not yet enough history to judge
 * @param ratio events / rollingMean (0 when the mean is 0)
 * @param message one sentence for the tab and the status bar; empty when nothing is raised
 */
public record RateAlert(boolean raised, long windowStartMs, long events, double rollingMean, double ratio, String message) {

    /** Windows of history the mean is taken over (two minutes), and the fewest that make it meaningful. */
    static final int ROLLING_WINDOWS = 12;
    static final int MIN_WINDOWS = 3;

    static final RateAlert NOT_YET = new RateAlert(false, -1, 0, 0, 0, "");

    /**
     * Judges {@code counts}. The newest window is still filling, so the one before it is judged; windows the
     * stream saw no event in count as 0 events.
     */
    static RateAlert evaluate(EventCounts counts, double factor) {
        return evaluate(counts, factor, Long.MIN_VALUE);
    }

    /**
     * As {@link #evaluate(EventCounts, double)}, with the history starting no earlier than {@code liveSinceMs}
     * (event time): windows before the stream started hold only its late events, a few each, and against their
     * mean the first full window looked like a burst (seen: "67.9× the mean" a minute after Start).
     */
    public static RateAlert evaluate(EventCounts counts, double factor, long liveSinceMs) {
        long[] starts = counts.windowStartMs();
        if (starts.length < 2) {
            return NOT_YET;
        }
        int judged = starts.length - 2;
        long start = starts[judged];
        long window = counts.windowMs();
        long liveFrom = liveSinceMs == Long.MIN_VALUE ? Long.MIN_VALUE : Math.floorDiv(liveSinceMs, window) * window + window;
        long first = Math.max(Math.max(starts[0], liveFrom), start - ROLLING_WINDOWS * window);
        int windows = (int) ((start - first) / window);
        if (windows < MIN_WINDOWS) {
            return NOT_YET;
        }
        long history = 0;
        for (int w = 0; w < judged; w++) {
            if (starts[w] >= first) {
                history += counts.total(w);
            }
        }
        double mean = (double) history / windows;
        long events = counts.total(judged);
        double ratio = mean == 0 ? 0 : events / mean;
        boolean raised = mean > 0 && ratio >= factor;
        String message = raised ? String.format(java.util.Locale.ROOT, "Event rate alert: %,d events in the 10 s from %s, %.1f× the mean of the %d windows before (%.0f)",
                events, java.time.Instant.ofEpochMilli(start), ratio, windows, mean) : "";
        return new RateAlert(raised, start, events, mean, ratio, message);
    }
}

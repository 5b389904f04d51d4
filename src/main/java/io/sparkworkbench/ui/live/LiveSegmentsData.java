package io.sparkworkbench.ui.live;

import io.sparkworkbench.chart.BarValue;
import io.sparkworkbench.engine.stream.learn.LiveLearning;
import io.sparkworkbench.engine.stream.learn.LiveSegments;
import io.sparkworkbench.engine.stream.query.QueryStatus;
import io.sparkworkbench.engine.stream.session.LiveSnapshot;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the live segments page plots, from {@link LiveSegments}: the segment mix of known customers' events per
 * ten-second window, every segment in every window (zeros included) so segment n is always the n-th series and
 * keeps the colour the segmentation tab gives it; the centres' drift per batch; and one line of words. Pure
 * functions, no JavaFX.
 */
final class LiveSegmentsData {

    private LiveSegmentsData() {
    }

    static List<BarValue> mix(LiveSegments segments, ZoneId zone) {
        return segments == null ? new ArrayList<>()
                : LiveChartData.stackedWindows(segments.windowStartMs(), segments.names(), segments.events(), zone);
    }

    /** Each centre's distance from its batch centre, per batch, newest {@link LiveChartData#BATCHES} batches. */
    static List<TimePoint> drift(LiveSegments segments) {
        List<TimePoint> points = new ArrayList<>();
        if (segments == null) {
            return points;
        }
        List<LiveSegments.Drift> drift = segments.drift();
        for (LiveSegments.Drift d : drift.subList(Math.max(0, drift.size() - LiveChartData.BATCHES), drift.size())) {
            for (int c = 0; c < d.perCentre().length && c < segments.names().size(); c++) {
                points.add(new TimePoint(segments.names().get(c), d.timeMs(), d.perCentre()[c]));
            }
        }
        return points;
    }

    /**
     * "Scoring with the segmentation saved in … · decay 0.90 · 12,345 events: 61% known customers, 30% anonymous,
     * 9% customers the data set does not hold".
     */
    static String summary(LiveSegments segments, Optional<QueryStatus> query) {
        if (query.isPresent() && query.get().state() == QueryStatus.State.FAILED) {
            return "Online learning stopped: " + query.get().message();
        }
        if (segments == null) {
            return "Live segments score each event's customer with the open data set's segmentation: open a data set, then start";
        }
        if (segments.names().isEmpty()) {
            boolean starting = query.isEmpty() || query.get().state() == QueryStatus.State.STARTING
                    || query.get().state() == QueryStatus.State.RUNNING;
            return starting ? "Loading the segmentation the live events are scored with (fitting one on the spot when none is saved)…"
                    : "Online learning starts with the stream: press Start";
        }
        String model = segments.model();
        StringBuilder line = new StringBuilder(segments.fittedOnTheSpot() && !model.isEmpty()
                ? Character.toUpperCase(model.charAt(0)) + model.substring(1) : "Scoring with " + model);
        line.append(String.format(Locale.ROOT, " · decay %.2f per batch", segments.decay()));
        long total = segments.totalEvents();
        if (total == 0) {
            return line.append(" · no events scored yet").toString();
        }
        long anonymous = sum(segments.anonymous());
        long unknown = sum(segments.unknownCustomers());
        long known = total - anonymous - unknown;
        line.append(String.format(Locale.ROOT, " · %,d events in the last 10 minutes: %.0f%% known customers, %.0f%% anonymous", total,
                100.0 * known / total, 100.0 * anonymous / total));
        if (unknown > 0) {
            line.append(String.format(Locale.ROOT, ", %.0f%% customers the data set does not hold", 100.0 * unknown / total));
        }
        return line.toString();
    }

    /** The learning query's status in a snapshot, when the run has one. */
    static Optional<QueryStatus> learningQuery(LiveSnapshot s) {
        return s == null ? Optional.empty() : s.queries().stream().filter(q -> q.view().equals(LiveLearning.VIEW)).findFirst();
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }
}

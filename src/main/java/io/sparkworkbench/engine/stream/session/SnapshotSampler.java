package io.sparkworkbench.engine.stream.session;

import io.sparkworkbench.engine.stream.learn.LiveLearning;
import io.sparkworkbench.engine.stream.learn.LiveSegments;
import io.sparkworkbench.engine.stream.query.BatchMetrics;
import io.sparkworkbench.engine.stream.query.LiveStreamService;
import io.sparkworkbench.engine.stream.query.QueryStatus;
import io.sparkworkbench.engine.stream.query.TopProducts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Takes a {@link LiveSnapshot} from a running service, and gives it a new version only when something in it changed. */
final class SnapshotSampler {

    private LiveSnapshot lastIdle;

    /** @param liveSinceMs when the source began, in event time ({@code Long.MIN_VALUE}: not known) */
    /** @param learning the run's online learning, or null when it has none */
    LiveSnapshot take(LiveSnapshot.State state, String message, LiveSourceStatus source, LiveStreamService service,
                      LiveLearning learning, long liveSinceMs, ProductNames names) {
        TopProducts top = service.topProducts();
        List<QueryStatus> queries = new ArrayList<>(service.status());
        Map<String, List<BatchMetrics>> metrics = new LinkedHashMap<>();
        for (QueryStatus q : queries) {
            metrics.put(q.view(), service.metrics(q.view()));
        }
        if (learning != null) {
            queries.add(learning.status());
        }
        return new LiveSnapshot(0, state, message, source, service.eventCounts(), service.revenue(), top, service.funnel(),
                service.sessions(), service.rateAlert(liveSinceMs), List.copyOf(queries), Map.copyOf(metrics),
                names.of(top), learning == null ? null : learning.segments());
    }

    LiveSnapshot idle(LiveSnapshot.State state, String message) {
        LiveSnapshot initial = LiveSnapshot.initial();
        if (lastIdle == null || lastIdle.state() != state || !lastIdle.message().equals(message)) {
            lastIdle = new LiveSnapshot(0, state, message, initial.source(), null, null, null, null, null, null, List.of(), Map.of(), Map.of(), null);
        }
        return lastIdle;
    }

    /** {@code next} under the previous version when it shows the same, else under the next one. */
    LiveSnapshot versioned(LiveSnapshot previous, LiveSnapshot next) {
        return sameContent(previous, next) ? next.withVersion(previous.version()) : next.withVersion(previous.version() + 1);
    }

    /** Results are compared by the last batch folded into them: a new batch is the only way they change. */
    static boolean sameContent(LiveSnapshot a, LiveSnapshot b) {
        return a.state() == b.state() && a.message().equals(b.message()) && a.source().equals(b.source())
                && a.queries().equals(b.queries()) && Objects.equals(a.alert(), b.alert()) && lastBatches(a) == lastBatches(b);
    }

    private static long lastBatches(LiveSnapshot s) {
        long sum = 0;
        for (QueryStatus q : s.queries()) {
            sum = sum * 31 + q.lastBatchId();
        }
        sum = sum * 31 + (s.eventCounts() == null ? -2 : s.eventCounts().lastBatchId());
        sum = sum * 31 + (s.revenue() == null ? -2 : s.revenue().lastBatchId());
        sum = sum * 31 + (s.topProducts() == null ? -2 : s.topProducts().lastBatchId());
        sum = sum * 31 + (s.funnel() == null ? -2 : s.funnel().lastBatchId());
        sum = sum * 31 + (s.sessions() == null ? -2 : s.sessions().lastBatchId());
        return sum * 31 + segmentsVersion(s.segments());
    }

    /** A batch folded into the mix or a reset of the centres (which adds a drift point, but no batch). */
    private static long segmentsVersion(LiveSegments segments) {
        if (segments == null) {
            return -2;
        }
        List<LiveSegments.Drift> drift = segments.drift();
        long lastDrift = drift.isEmpty() ? -1 : drift.get(drift.size() - 1).timeMs();
        return (segments.lastBatchId() * 31 + lastDrift) * 31 + segments.names().size();
    }
}

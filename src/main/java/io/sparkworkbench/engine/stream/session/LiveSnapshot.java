package io.sparkworkbench.engine.stream.session;

import io.sparkworkbench.engine.stream.learn.LiveSegments;
import io.sparkworkbench.engine.stream.query.BatchMetrics;
import io.sparkworkbench.engine.stream.query.EventCounts;
import io.sparkworkbench.engine.stream.query.Funnel;
import io.sparkworkbench.engine.stream.query.QueryStatus;
import io.sparkworkbench.engine.stream.query.RateAlert;
import io.sparkworkbench.engine.stream.query.Revenue;
import io.sparkworkbench.engine.stream.query.Sessions;
import io.sparkworkbench.engine.stream.query.TopProducts;
import java.util.List;
import java.util.Map;

/**
 * Everything the live tab draws, taken together on the session's sampling thread and never changed afterwards:
 * the UI reads it each frame without touching Spark, a lock the queries hold, or the disk. Null results before
 * the session's first start.
 *
 * @param version   grows with every sample; a sample equal in every part to the previous one keeps its version
 * @param message   what the session has to say (why it failed to start, what a stop left); empty when nothing
 * @param queries   each live query's status, in {@code LiveStreamService.VIEWS} order (empty before the first start)
 * @param metrics   each query's last batches, oldest first, keyed by view
 * @param productNames names of the products {@code topProducts} lists, where the open data set has them
 * @param segments  the live segment mix and the online centres' drift; null when the run has no online learning
 *                  (no data set open: nothing to score the customers with)
 */
public record LiveSnapshot(long version, State state, String message, LiveSourceStatus source, EventCounts eventCounts, Revenue revenue,
        TopProducts topProducts, Funnel funnel, Sessions sessions, RateAlert alert, List<QueryStatus> queries,
        Map<String, List<BatchMetrics>> metrics, Map<Long, String> productNames, LiveSegments segments) {

    public enum State { IDLE, STARTING, RUNNING, STOPPING, FAILED }

    static LiveSnapshot initial() {
        return new LiveSnapshot(0, State.IDLE, "", LiveSourceStatus.none(), null, null, null, null, null, null, List.of(), Map.of(), Map.of(), null);
    }

    public boolean isActive() {
        return state == State.STARTING || state == State.RUNNING || state == State.STOPPING;
    }

    /** Queries whose checkpoint cannot serve them: the tab offers "start fresh" for each. */
    public List<QueryStatus> needingFreshStart() {
        return queries.stream().filter(QueryStatus::needsFreshStart).toList();
    }

    /** The same snapshot under another version (the sampler keeps the version when nothing changed). */
    LiveSnapshot withVersion(long newVersion) {
        return new LiveSnapshot(newVersion, state, message, source, eventCounts, revenue, topProducts, funnel, sessions, alert, queries,
                metrics, productNames, segments);
    }
}

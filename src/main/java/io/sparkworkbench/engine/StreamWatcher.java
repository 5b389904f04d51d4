package io.sparkworkbench.engine;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQueryListener;

/**
 * Tells a stream's action when its query ends by itself (finished or failed), without an engine thread
 * blocked in {@code awaitTermination} per query. One listener per session, keyed by the query's run id.
 */
final class StreamWatcher extends StreamingQueryListener {

    private final Map<UUID, Runnable> onEnd = new ConcurrentHashMap<>();
    private SparkSession attached;

    /** Registers this listener on {@code spark} the first time a stream starts there. */
    synchronized void attachTo(SparkSession spark) {
        if (attached != spark) {
            spark.streams().addListener(this);
            attached = spark;
        }
    }

    void watch(UUID runId, Runnable whenEnded) {
        onEnd.put(runId, whenEnded);
    }

    void forget(UUID runId) {
        onEnd.remove(runId);
    }

    @Override
    public void onQueryStarted(QueryStartedEvent event) {
    }

    @Override
    public void onQueryProgress(QueryProgressEvent event) {
    }

    @Override
    public void onQueryTerminated(QueryTerminatedEvent event) {
        Runnable whenEnded = onEnd.remove(event.runId());
        if (whenEnded != null) {
            whenEnded.run();
        }
    }
}

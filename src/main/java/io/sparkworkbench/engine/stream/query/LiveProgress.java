package io.sparkworkbench.engine.stream.query;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQueryListener;

/**
 * The live queries' progress events into their metrics series. One listener per service and session,
 * keyed by the query's id (stable across restarts from the same checkpoint). Runs on Spark's listener
 * bus thread: it only appends to bounded series.
 */
final class LiveProgress extends StreamingQueryListener {

    private final Map<UUID, LiveQueryRun> runs = new ConcurrentHashMap<>();
    private SparkSession attached;

    synchronized void attachTo(SparkSession spark) {
        if (attached != spark) {
            spark.streams().addListener(this);
            attached = spark;
        }
    }

    void track(UUID queryId, LiveQueryRun run) {
        runs.put(queryId, run);
    }

    @Override
    public void onQueryStarted(QueryStartedEvent event) {
    }

    @Override
    public void onQueryProgress(QueryProgressEvent event) {
        LiveQueryRun run = runs.get(event.progress().id());
        if (run != null) {
            run.recordProgress(event.progress());
        }
    }

    @Override
    public void onQueryTerminated(QueryTerminatedEvent event) {
    }
}

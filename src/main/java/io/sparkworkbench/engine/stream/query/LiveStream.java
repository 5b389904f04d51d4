package io.sparkworkbench.engine.stream.query;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One streaming query of the live service: its name, checkpoint, jobs-panel row, what it computes from the events,
 * and the driver-side state its micro-batches fold into (which may serve several views). Implementations hold no
 * state; the running query's lives in its {@link LiveQueryRun}.
 */
interface LiveStream {

    /** Its name in the service, before the config's scope: {@code live_charts}. */
    String name();

    /**
     * The name of its streaming query and checkpoint folder before the config's scope: its name, unless the query's
     * state changed meaning and an old checkpoint under that name must not be resumed (ADR 0036).
     */
    default String checkpointName() {
        return name();
    }

    /** Names (before the scope) of checkpoints earlier versions of this query kept, which it can never resume: deleted at start. */
    default List<String> retiredCheckpointNames() {
        return List.of();
    }

    /** Its row in the jobs panel. */
    String label();

    /** The views its state keeps up to date. */
    List<String> views();

    /** The streaming result each micro-batch hands to the state. */
    Dataset<Row> aggregate(Dataset<Row> events, LiveStreamConfig config);

    /** {@code update}, {@code append} (Spark's output modes). */
    String outputMode();

    /** True when its status can say exactly how many input events it did not count because they were late. */
    default boolean countsEvents() {
        return false;
    }

    /** A new, empty driver-side state for a run of this query. */
    LiveState newState(LiveStreamConfig config);
}

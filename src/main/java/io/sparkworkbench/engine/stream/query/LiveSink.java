package io.sparkworkbench.engine.stream.query;

import java.util.Optional;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live query's {@code foreachBatch}: folds the batch into the query's state, persists the state with the batch id,
 * and re-registers the views of its latest state. At-least-once delivery made exactly-once: a batch id already folded
 * changes nothing. Runs on the query's own thread.
 */
final class LiveSink implements VoidFunction2<Dataset<Row>, Long> {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSink.class);

    private final transient String queryName;
    private final transient LiveState state;
    private final transient SnapshotFile file;
    /** The app's session: the batch's own is a clone per stream, whose temporary views nobody else sees. */
    private final transient SparkSession views;
    private final transient BatchDone resultAvailable;

    /** Told when a batch's result is in the state: its id, and what folding it did (null for a replay, skipped). */
    @FunctionalInterface
    interface BatchDone {
        void done(long batchId, LiveState.BatchOutcome outcome);
    }

    LiveSink(String queryName, LiveState state, SnapshotFile file, SparkSession views, BatchDone resultAvailable) {
        this.queryName = queryName;
        this.state = state;
        this.file = file;
        this.views = views;
        this.resultAvailable = resultAvailable;
    }

    @Override
    public void call(Dataset<Row> batch, Long batchId) throws Exception {
        long before = state.lastBatchId();
        Optional<LiveState.BatchOutcome> outcome = state.fold(batch, batchId);
        if (outcome.isEmpty()) {
            LOG.info("{}: batch {} was folded already (last {}): a replay, not folded again", queryName, batchId, before);
        } else {
            file.write(state.encode());
            registerViews();
        }
        resultAvailable.done(batchId, outcome.orElse(null));
    }

    /** The views of the latest state: small local tables, built on the driver from the state. */
    void registerViews() {
        state.registerViews(views);
    }
}

package io.sparkworkbench.engine.stream.query;

import java.util.List;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live query's {@code foreachBatch}: folds the batch's (small, aggregated) result into the query's table,
 * persists the table with the batch id, and re-registers the query's view of its latest state. At-least-once
 * delivery made exactly-once: a batch id already folded changes nothing. Runs on the query's own thread.
 */
final class LiveSink implements VoidFunction2<Dataset<Row>, Long> {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSink.class);

    private final transient LiveQuery query;
    private final transient WindowTable table;
    private final transient SnapshotFile file;
    /** The app's session: the batch's own is a clone per stream, whose temporary views nobody else sees. */
    private final transient SparkSession views;
    private final transient BatchDone resultAvailable;

    /** Told when a batch's result is in the table: its id, and what it added to the table's first number (NaN for a skipped replay). */
    @FunctionalInterface
    interface BatchDone {
        void done(long batchId, double added);
    }

    LiveSink(LiveQuery query, WindowTable table, SnapshotFile file, SparkSession views, BatchDone resultAvailable) {
        this.query = query;
        this.table = table;
        this.file = file;
        this.views = views;
        this.resultAvailable = resultAvailable;
    }

    @Override
    public void call(Dataset<Row> batch, Long batchId) throws Exception {
        double added = Double.NaN;
        // Computed even for a replay: Spark 4.1 fails a stateful batch whose foreachBatch left partitions unread
        // (STATE_STORE_COMMIT_VALIDATION_FAILED: the state stores of those partitions never commit).
        List<WindowEntry> entries = query.entries(batch);
        if (batchId <= table.lastBatchId()) {
            LOG.info("{}: batch {} was folded already (last {}): a replay, not folded again", query.viewName(), batchId, table.lastBatchId());
        } else {
            if (table.apply(batchId, entries)) {
                added = table.lastDelta();
                file.write(table.encode());
                registerView();
            }
        }
        resultAvailable.done(batchId, added);
    }

    /** The view of the latest state: a small local table, built on the driver from the snapshot. */
    void registerView() {
        views.createDataFrame(query.viewRows(table), query.viewSchema()).createOrReplaceTempView(query.viewName());
    }
}

package io.sparkworkbench.engine.stream.query;

import java.io.IOException;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A live query's driver-side state: the tables its views show, folded from each micro-batch, persisted whole with the
 * last batch id so that {@code foreachBatch}'s at-least-once delivery counts each batch once. One writer (the query's
 * batch thread), any number of readers.
 */
interface LiveState {

    /**
     * Folds one micro-batch (running Spark jobs on it; what they collect is small). Empty, and nothing changes, when
     * {@code batchId} was folded already: a replay after a failure or a restart.
     */
    Optional<BatchOutcome> fold(Dataset<Row> batch, long batchId);

    long lastBatchId();

    /** The table behind {@code view}, when this state keeps it. */
    Optional<WindowTable> table(String view);

    /** Re-registers the views of the latest state (small local tables built on the driver). */
    void registerViews(SparkSession views);

    /** The whole state with its last batch id, to persist beside the checkpoint. */
    byte[] encode();

    /** Replaces the state with one {@link #encode()} wrote; refuses bytes of another shape, naming why. */
    void restore(byte[] encoded) throws IOException;

    /** Forgets everything (a fresh start). */
    void clear();

    /**
     * What one folded batch did.
     *
     * @param added what the batch added to its first table's first number (for a table of counts, the events it counted)
     * @param lateEvents the batch's input events not counted as late, exactly; -1 where the state cannot tell
     * @param watermarkMs the event-time watermark after the batch, kept by the state; -1 where Spark keeps it
     * @param driverStateRows the rows the state keeps on the driver in place of Spark's state; -1 where Spark keeps it
     */
    record BatchOutcome(double added, long lateEvents, long watermarkMs, long driverStateRows) {

        /**
         * The batch's figures as the metrics show them: Spark's, except where this state keeps its own.
         *
         * @param countsEvents whether {@link #added} counts the batch's events, so that the input it did not add was late
         */
        StateFigures over(StateFigures spark, long inputRows, boolean countsEvents) {
            long late = spark.lateEvents();
            long dropped = spark.droppedByWatermark();
            long watermark = spark.watermarkMs();
            if (lateEvents >= 0) {
                // The state keeps its own watermark and drops late events one by one (the window charts' fold).
                late = lateEvents;
                dropped += lateEvents;
                watermark = watermarkMs;
            }
            long rows = driverStateRows >= 0 ? driverStateRows : spark.stateRows();
            if (driverStateRows < 0 && countsEvents) {
                late = Math.max(0, inputRows - Math.round(added));
            }
            return new StateFigures(rows, dropped, late, watermark);
        }
    }

    /** The state figures of one batch's metrics point; -1 for late events and watermark where none is known. */
    record StateFigures(long stateRows, long droppedByWatermark, long lateEvents, long watermarkMs) {
    }
}

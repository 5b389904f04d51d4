package io.sparkworkbench.engine.ml.segment;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.LogicalRDD;

/**
 * Rows a fit reads many times, computed once into the executors' block stores with their plan and lineage cut
 * ({@code localCheckpoint}). A cached DataFrame keeps both: every K-Means job then ships and deserializes the
 * whole lineage down to {@code customer_features}' last shuffle (generated code of each stage included, ~10 ms of
 * CPU per task here) and decodes the columnar cache again, and every DataFrame built on it analyses the whole
 * feature query again. Over a checkpoint Spark ML's K-Means also keeps its own deserialized copy of the vectors
 * (it persists its input only when the DataFrame is not cached). Same rows, same partitions, same order: the
 * same seed gives the same model (ADR 0034).
 *
 * <p>{@code Dataset.unpersist} does not free a checkpoint (it is not in the cache manager): {@link #release} does.
 * The blocks live in the executors only: on a cluster a lost executor fails the action that reads them (a cache
 * would recompute), so a segmentation shown after an executor was lost must be trained again.
 */
public final class LocalRows {

    private LocalRows() {
    }

    /** {@code rows} computed now (one Spark job) into a DataFrame over the stored blocks. */
    public static Dataset<Row> of(Dataset<Row> rows) {
        return rows.localCheckpoint(true);
    }

    /**
     * {@code rows} marked to be stored by the first Spark job that reads them (no job now): the blocks that job
     * computes are kept, and Spark computes any partition it did not read (a {@code limit}) in one more job at its
     * end, so every later job reads stored blocks. For rows that are read in full right away anyway, this saves the
     * job {@link #of} runs.
     */
    public static Dataset<Row> byFirstJob(Dataset<Row> rows) {
        return rows.localCheckpoint(false);
    }

    /** Frees the blocks of a DataFrame {@link #of} or {@link #byFirstJob} returned, or uncaches a cached one (without waiting). */
    public static void release(Dataset<Row> rows) {
        if (rows.queryExecution().logical() instanceof LogicalRDD stored) {
            stored.rdd().unpersist(false);
        } else {
            rows.unpersist(false);
        }
    }
}

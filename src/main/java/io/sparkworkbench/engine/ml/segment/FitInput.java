package io.sparkworkbench.engine.ml.segment;

import java.util.OptionalLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The rows a segmentation fit reads, in as few partitions as their size warrants. Every K-Means iteration
 * is a Spark job whose tasks cost a fixed ~10-30 ms each on a desktop; at 10,000 customers (under 1 MB) the
 * distances take well under a millisecond, so four partitions (the session's shuffle partitions) only
 * multiply the fixed cost. Coalescing keeps the rows' order (partitions are concatenated in order), so the
 * same seed still gives the same segments. ADR 0021.
 */
public final class FitInput {

    /** Bytes of cached rows per partition: a K-Means pass over this much takes a few ms at k = 10. */
    static final long BYTES_PER_PARTITION = 8L * 1024 * 1024;

    private FitInput() {
    }

    /**
     * {@code rows} coalesced to {@link #partitionsFor} partitions, judged by the plan's size estimate (exact
     * for a cached view that is already materialized, as {@code customer_features} is); no Spark job.
     */
    public static Dataset<Row> of(Dataset<Row> rows) {
        int current = rows.rdd().getNumPartitions();
        scala.math.BigInt estimate = rows.queryExecution().optimizedPlan().stats().sizeInBytes();
        // An unknown size is estimated as huge (beyond a long, even): then nothing is coalesced.
        long bytes = estimate.isValidLong() ? estimate.longValue() : Long.MAX_VALUE;
        int wanted = partitionsFor(bytes, current);
        return wanted < current ? rows.coalesce(wanted) : rows;
    }

    /**
     * The rows of a cached view as its materialized cache counted them (the plan's statistics; no job), or empty
     * when the plan does not know. A hint only: a partition computed twice may count twice.
     */
    public static OptionalLong cachedRows(Dataset<Row> rows) {
        scala.Option<scala.math.BigInt> count = rows.queryExecution().optimizedPlan().stats().rowCount();
        return count.isDefined() && count.get().isValidLong() ? OptionalLong.of(count.get().longValue()) : OptionalLong.empty();
    }

    /** One partition per {@link #BYTES_PER_PARTITION}, at least one and never more than there are now. */
    static int partitionsFor(long bytes, int current) {
        if (bytes <= 0) {
            return current;
        }
        long wanted = bytes / BYTES_PER_PARTITION + (bytes % BYTES_PER_PARTITION == 0 ? 0 : 1);
        return (int) Math.max(1, Math.min(current, wanted));
    }
}

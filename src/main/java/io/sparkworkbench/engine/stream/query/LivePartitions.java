package io.sparkworkbench.engine.stream.query;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;

/**
 * The shuffle partitions of the live queries: fewer than the session's (ADR 0032). Each live batch is small (a
 * second of events), and each shuffle partition of a stateful query is a task and a state store to load,
 * update and commit every batch, whatever it holds; with five queries (plus the learning one) on two cores the
 * per-task cost, not the data, bounded the batch time. A streaming query copies the session's configuration
 * when it starts and keeps the count in its checkpoint, so the count is set on the session just around
 * {@code start()}, under one lock, and put back; a query resumed from an older checkpoint keeps the count it
 * was started with (Spark restores it from the checkpoint's offset log), only a fresh start gets this one.
 * Other work planned in those few milliseconds may run with the smaller count: slower at worst, never wrong.
 */
public final class LivePartitions {

    static final String KEY = "spark.sql.shuffle.partitions";
    private static final Object LOCK = new Object();
    /** 0: {@link #forSession}; else the count {@link LiveStreamBench#batchCosts} compares against. */
    private static volatile int benchCount;

    private LivePartitions() {
    }

    /** Half the session's parallelism, at least one: one on a 2-core desktop. */
    public static int forSession(SparkSession spark) {
        return Math.max(1, spark.sparkContext().defaultParallelism() / 2);
    }

    /** For the benchmark's comparison only: the count fresh live queries get (0 = {@link #forSession}). */
    static void benchCount(int count) {
        benchCount = count;
    }

    /** Runs {@code start} (which must start the streaming query) with the live queries' shuffle partitions. */
    public static StreamingQuery start(SparkSession spark, Callable<StreamingQuery> start) throws Exception {
        synchronized (LOCK) {
            String before = spark.conf().get(KEY);
            int count = benchCount > 0 ? benchCount : forSession(spark);
            spark.conf().set(KEY, Integer.toString(count));
            try {
                return start.call();
            } finally {
                spark.conf().set(KEY, before);
            }
        }
    }
}

package io.sparkworkbench.engine.stream.query;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;

/**
 * The configuration the live queries start with, set on the session just around {@code start()} under one lock
 * and put back (a streaming query copies the session's configuration when it starts). Other work planned in
 * those few milliseconds may run with these settings: slower at worst, never wrong.
 *
 * <p><b>Shuffle partitions</b>, fewer than the session's (ADR 0032). Each live batch is small (a second of
 * events), and each shuffle partition of a stateful query is a task and a state store to load, update and commit
 * every batch, whatever it holds; with five queries (plus the learning one) on two cores the per-task cost, not
 * the data, bounded the batch time. The count is kept in the checkpoint: a query resumed from an older
 * checkpoint keeps the count it was started with (Spark restores it from the offset log), only a fresh start
 * gets this one.
 *
 * <p><b>Interpreted projections</b> ({@code spark.sql.codegen.factoryMode=NO_CODEGEN}, ADR 0033). Every task of
 * every batch creates its aggregation buffers, state-store projections and watermark predicates anew; generated
 * code means canonicalising each expression (two passes over Spark's rule-timing map each) and, since the
 * watermark is a literal inlined in the code, a Janino compile every batch. Profiled, that was 45% of the live
 * queries' CPU; interpreted, a 10,000-event batch of the five queries took a third of the time. Whole-stage code
 * generation stays on: its code does not change from batch to batch.
 */
public final class LiveQueryConf {

    static final String PARTITIONS_KEY = "spark.sql.shuffle.partitions";
    static final String FACTORY_MODE_KEY = "spark.sql.codegen.factoryMode";
    static final String FACTORY_MODE = "NO_CODEGEN";
    private static final Object LOCK = new Object();
    /** 0: {@link #forSession}; else the count {@link LiveStreamBench#batchCosts} compares against. */
    private static volatile int benchCount;
    /** Null: {@link #FACTORY_MODE}; else the mode {@link LiveStreamBench#batchCosts} compares against. */
    private static volatile String benchFactoryMode;

    private LiveQueryConf() {
    }

    /** Half the session's parallelism, at least one: one on a 2-core desktop. */
    public static int forSession(SparkSession spark) {
        return Math.max(1, spark.sparkContext().defaultParallelism() / 2);
    }

    /** For the benchmark's comparison only: the count fresh live queries get (0 = {@link #forSession}). */
    static void benchCount(int count) {
        benchCount = count;
    }

    /** For the benchmark's comparison only: the projection factory mode live queries get (null = {@link #FACTORY_MODE}). */
    static void benchFactoryMode(String mode) {
        benchFactoryMode = mode;
    }

    /** Runs {@code start} (which must start the streaming query) with the live queries' configuration. */
    public static StreamingQuery start(SparkSession spark, Callable<StreamingQuery> start) throws Exception {
        synchronized (LOCK) {
            String partitionsBefore = spark.conf().get(PARTITIONS_KEY);
            String factoryBefore = spark.conf().get(FACTORY_MODE_KEY);
            int count = benchCount > 0 ? benchCount : forSession(spark);
            spark.conf().set(PARTITIONS_KEY, Integer.toString(count));
            spark.conf().set(FACTORY_MODE_KEY, benchFactoryMode != null ? benchFactoryMode : FACTORY_MODE);
            try {
                return start.call();
            } finally {
                spark.conf().set(PARTITIONS_KEY, partitionsBefore);
                spark.conf().set(FACTORY_MODE_KEY, factoryBefore);
            }
        }
    }
}

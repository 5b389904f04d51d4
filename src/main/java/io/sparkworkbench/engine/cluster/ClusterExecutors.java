package io.sparkworkbench.engine.cluster;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.SparkEngine;
import java.time.Duration;
import java.util.Locale;
import org.apache.spark.SparkContext;

/**
 * Waits until a session on a cluster has its executors. A SparkSession on a standalone master is ready
 * before any executor has registered; work submitted then runs on whichever executor comes first, which
 * makes timings (and the spread of tasks a test relies on) depend on luck.
 */
public final class ClusterExecutors {

    private static final long POLL_MS = 100;

    private ClusterExecutors() {
    }

    /** The executors (not counting the driver) registered with the engine's session now. */
    public static int registered(SparkEngine engine) {
        SparkContext sc = engine.awaitSession().sparkContext();
        // The status tracker lists the driver too.
        return Math.max(0, sc.statusTracker().getExecutorInfos().length - 1);
    }

    /** Blocks the caller (never the UI thread) until {@code count} executors are registered, or fails naming the wait. */
    public static void await(SparkEngine engine, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = registered(engine);
        while (seen < count) {
            if (System.nanoTime() > deadline) {
                throw new EngineException(String.format(Locale.ROOT,
                        "Only %d of %d executors registered with the session on %s within %d s; see the workers' logs",
                        seen, count, engine.status().master(), timeout.toSeconds()));
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineException("Interrupted while waiting for executors");
            }
            seen = registered(engine);
        }
    }
}

package io.sparkworkbench.engine;

/**
 * The Spark FAIR scheduler pool an action runs in (resources/fairscheduler.xml). The engine service that
 * submits an action picks its pool, so no tab can push its long work ahead of someone's query.
 */
public enum EnginePool {
    /** What a person waits for with the mouse still in hand: SQL, previews, profiles, the browser. */
    INTERACTIVE("interactive", 4),
    /** Long work: generation, training, exports, graph algorithms. */
    BACKGROUND("background", 2),
    /** Micro-batches of streaming queries. */
    STREAMING("streaming", 2);

    private final String sparkName;
    private final int threads;

    EnginePool(String sparkName, int threads) {
        this.sparkName = sparkName;
        this.threads = threads;
    }

    /** The pool's name in {@code spark.scheduler.pool}. */
    public String sparkName() {
        return sparkName;
    }

    /** Engine threads of this pool: a pool's own threads mean long work never holds a query's thread. */
    int threads() {
        return threads;
    }
}

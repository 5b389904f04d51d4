package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.SparkEngine;
import java.util.function.Supplier;

/**
 * What a benchmark group gets: where its figures go, whether {@code --quick} was given, and the local
 * engine, started on first use (a group that brings its own session, such as a cluster's, never pays for it).
 */
public final class BenchRun {

    private final Figures figures;
    private final boolean quick;
    private final Supplier<SparkEngine> engineFactory;
    private SparkEngine engine;

    public BenchRun(Figures figures, boolean quick, Supplier<SparkEngine> engineFactory) {
        this.figures = figures;
        this.quick = quick;
        this.engineFactory = engineFactory;
    }

    public Figures figures() {
        return figures;
    }

    public boolean quick() {
        return quick;
    }

    /** The shared local[*] engine of this bench run. */
    public synchronized SparkEngine localEngine() {
        if (engine == null) {
            engine = engineFactory.get();
        }
        return engine;
    }

    /** Stops the shared engine, for a group that needs the JVM's one SparkContext for itself. */
    public synchronized void closeLocalEngine() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}

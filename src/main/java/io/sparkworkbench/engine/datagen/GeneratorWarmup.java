package io.sparkworkbench.engine.datagen;

import io.sparkworkbench.engine.EnginePool;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.FileTrees;
import io.sparkworkbench.engine.SparkEngine;
import java.nio.file.Path;

/**
 * A tiny generation run once in the background after the window's first chart, so the user's first real one does
 * not pay for the JVM's first pass over the generator: class loading, code generation and JIT cost about as much
 * at scale 0.01 as at scale 1, and a scale-1 generation after one at scale 0.01 takes what a second one does
 * (ADR 0045). Written into a scratch folder and deleted; it shows in the jobs panel, so it can be stopped.
 */
public final class GeneratorWarmup {

    static final double SCALE = 0.01;
    public static final String LABEL = "Warm up the generator (scale 0.01, deleted after)";

    private final SparkEngine engine;

    public GeneratorWarmup(SparkEngine engine) {
        this.engine = engine;
    }

    /** Generates into a new folder under {@code scratchRoot} and deletes it; the task's value is the run's milliseconds. */
    public EngineTask<Long> warm(Path scratchRoot) {
        Path folder = scratchRoot.resolve("warmup-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        GenerationRequest request = GenerationRequest.allTables(SCALE, 1, folder, DataFormat.PARQUET);
        return engine.submit(LABEL, EnginePool.BACKGROUND, context -> {
            long started = System.nanoTime();
            try {
                // Never registered: the session's views are the user's data set, and this folder is deleted.
                new EcommerceGenerator(context, new ProgressBoard(request.tables())).writeOnly(request);
            } finally {
                FileTrees.deleteQuietly(folder);
            }
            io.sparkworkbench.engine.StartupTrace.mark("generator_warmed");
            return (System.nanoTime() - started) / 1_000_000;
        });
    }
}

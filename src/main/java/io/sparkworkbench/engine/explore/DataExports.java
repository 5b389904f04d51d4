package io.sparkworkbench.engine.explore;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;

/**
 * Full-data exports through Spark's writers, atomic: written into a hidden staging folder beside the
 * target; only when complete is the old target moved aside, the new one moved in, and the old deleted.
 * A failed or stopped export leaves the old data as it was.
 */
public final class DataExports {

    private final SparkEngine engine;

    public DataExports(SparkEngine engine) {
        this.engine = engine;
    }

    /** Whether the export would replace something (the UI asks before overwriting). */
    public static boolean targetExists(ExportRequest request) {
        return java.nio.file.Files.exists(request.target());
    }

    public EngineTask<ExportOutcome> export(ExportRequest request) {
        throw new UnsupportedOperationException("in progress");
    }
}

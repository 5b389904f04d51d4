package io.sparkworkbench.engine.explore;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;

/** Column profiles of a table: one aggregation pass for the statistics and top values, one for histograms. */
public final class ProfileService {

    private final SparkEngine engine;

    public ProfileService(SparkEngine engine) {
        this.engine = engine;
    }

    public EngineTask<TableProfile> profile(String table) {
        throw new UnsupportedOperationException("in progress");
    }
}

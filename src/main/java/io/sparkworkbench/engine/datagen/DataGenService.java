package io.sparkworkbench.engine.datagen;

import io.sparkworkbench.engine.EnginePool;
import io.sparkworkbench.engine.SparkEngine;
import java.util.List;
import java.util.Locale;

/** The data-generation feature as the UI and the command line see it. */
public final class DataGenService {

    private final SparkEngine engine;

    public DataGenService(SparkEngine engine) {
        this.engine = engine;
    }

    /** Row counts before generating; no Spark involved. */
    public static List<RowEstimate> estimate(double scale) {
        return TableSizes.of(scale).estimate();
    }

    /** Starts generating on the engine executor; returns at once. */
    public GenerationRun generate(GenerationRequest request) {
        ProgressBoard board = new ProgressBoard(request.tables());
        String label = String.format(Locale.ROOT, "Generate data (scale %s, %s)",
                formatScale(request.scale()), request.format().sparkName());
        return new GenerationRun(engine.submit(label, EnginePool.BACKGROUND, context -> new EcommerceGenerator(context, board).run(request)), board);
    }

    static String formatScale(double scale) {
        return scale == Math.rint(scale) ? Long.toString((long) scale) : Double.toString(scale);
    }
}

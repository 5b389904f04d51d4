package io.sparkworkbench.engine.ml.recommend;

import io.sparkworkbench.engine.EngineWork;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.util.HashMap;
import java.util.Map;

/** Opens a generated data set in the shared session and trains the default recommender on it once per JVM. */
final class RecommendTesting {

    private static final Map<Double, TrainedAls> TRAINED = new HashMap<>();

    private RecommendTesting() {
    }

    static SparkEngine engine() {
        return SharedSparkEngine.get();
    }

    /** Registers the tables of the generated data set at {@code scale} (other tests may have opened another). */
    static DatasetKey open(double scale) {
        return GeneratedData.openShared(scale);
    }

    static <T> T run(EngineWork<T> work) {
        return engine().submit("test: recommend", work).future().join();
    }

    static synchronized TrainedAls trainedDefaults(double scale) {
        DatasetKey key = open(scale);
        return TRAINED.computeIfAbsent(scale, s -> run(ctx -> RecommendTraining.train(ctx, key, RecommendRequest.defaults())));
    }
}

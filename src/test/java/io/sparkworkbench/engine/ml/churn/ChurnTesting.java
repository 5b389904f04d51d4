package io.sparkworkbench.engine.ml.churn;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.util.HashMap;
import java.util.Map;

/** Opens a generated data set in the shared session and trains the default churn model on it once per JVM. */
final class ChurnTesting {

    private static final Map<Double, ChurnResult> TRAINED = new HashMap<>();

    private ChurnTesting() {
    }

    static SparkEngine engine() {
        return SharedSparkEngine.get();
    }

    /** Registers the tables of the generated data set at {@code scale} (other tests may have opened another). */
    static DatasetKey open(double scale) {
        return GeneratedData.openShared(scale);
    }

    static synchronized ChurnResult trainedDefaults(double scale) {
        DatasetKey key = open(scale);
        return TRAINED.computeIfAbsent(scale, s -> new ChurnService(engine()).train(ChurnRequest.defaults(), key).future().join());
    }
}

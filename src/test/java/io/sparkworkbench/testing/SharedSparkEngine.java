package io.sparkworkbench.testing;

import io.sparkworkbench.engine.EngineSettings;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.WorkbenchPaths;

/**
 * One local[2] engine per test JVM: a new SparkSession costs seconds, so every test class shares this
 * one. Tests must not stop it; it ends with the JVM.
 */
public final class SharedSparkEngine {

    private static SparkEngine engine;

    private SharedSparkEngine() {
    }

    public static synchronized SparkEngine get() {
        if (engine == null) {
            SparkEngine started = new SparkEngine();
            EngineSettings settings = new EngineSettings("local[2]", 4, false,
                    WorkbenchPaths.fromEnvironment().dataFolder());
            started.start(settings).join();
            if (!started.status().isReady()) {
                throw new IllegalStateException("Test Spark session failed: " + started.status().message());
            }
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-engine-shutdown"));
            engine = started;
        }
        return engine;
    }
}

package io.sparkworkbench.app.cli;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.EngineSettings;
import io.sparkworkbench.engine.SettingsStore;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.WorkbenchPaths;

/** Starts the engine for a command-line run and waits for it (there is no window to keep responsive). */
final class HeadlessEngine {

    private HeadlessEngine() {
    }

    static SparkEngine start(String master) {
        SparkEngine engine = new SparkEngine();
        Runtime.getRuntime().addShutdownHook(new Thread(engine::close, "engine-shutdown"));
        WorkbenchPaths paths = WorkbenchPaths.fromEnvironment();
        // The same executor size, driver address, checkpoint folder and secret as the window uses.
        EngineSettings settings = new EngineSettings(master, 0, false, paths.dataFolder(),
                new SettingsStore(paths.configFolder(), paths.dataFolder()).connectionSettings());
        engine.start(settings).join();
        if (!engine.status().isReady()) {
            throw new EngineException("Spark did not start on " + master + ": " + engine.status().message());
        }
        return engine;
    }
}

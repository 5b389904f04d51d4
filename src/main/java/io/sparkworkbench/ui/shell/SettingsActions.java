package io.sparkworkbench.ui.shell;

import io.sparkworkbench.engine.EngineSettings;
import io.sparkworkbench.engine.SettingsStore;
import io.sparkworkbench.engine.SparkEngine;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Saves chosen settings and applies them: at once where Spark allows, else by a restart the user agrees to. */
final class SettingsActions {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsActions.class);

    enum Outcome { APPLIED, RESTARTING, SAVED_FOR_NEXT_START }

    private final SparkEngine engine;
    private final SettingsStore store;
    private final Runnable afterRestart;

    /** @param afterRestart run on the JavaFX thread once a restarted session is ready */
    SettingsActions(SparkEngine engine, SettingsStore store, Runnable afterRestart) {
        this.engine = engine;
        this.store = store;
        this.afterRestart = afterRestart;
    }

    /** @param confirmRestart asked only when the change needs a new session */
    Outcome apply(EngineSettings chosen, BooleanSupplier confirmRestart) {
        store.saveEngineSettings(chosen);
        if (engine.applyWithoutRestart(chosen)) {
            LOG.info("Settings applied to the running session: {}", chosen);
            return Outcome.APPLIED;
        }
        if (confirmRestart.getAsBoolean()) {
            LOG.info("Restarting Spark with {}", chosen);
            engine.restart(chosen).thenAccept(status -> {
                if (status.isReady()) {
                    javafx.application.Platform.runLater(afterRestart);
                }
            });
            return Outcome.RESTARTING;
        }
        return Outcome.SAVED_FOR_NEXT_START;
    }
}

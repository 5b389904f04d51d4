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
        store.saveConnectionSettings(chosen.connection());
        if (engine.applyWithoutRestart(chosen)) {
            LOG.info("Settings applied to the running session: {}", chosen);
            return Outcome.APPLIED;
        }
        if (confirmRestart.getAsBoolean()) {
            LOG.info("Restarting Spark with {}", chosen);
            restartWith(chosen);
            return Outcome.RESTARTING;
        }
        return Outcome.SAVED_FOR_NEXT_START;
    }

    /** After a lost cluster: a new session on the same settings (the open data folder is registered again). */
    void reconnect() {
        EngineSettings current = engine.settings() != null ? engine.settings() : store.engineSettings();
        LOG.info("Reconnecting to {}", current.masterUrl());
        restartWith(current);
    }

    /** After a lost cluster: the same settings on local[*], saved so the next start stays local. */
    void switchToLocal() {
        EngineSettings current = engine.settings() != null ? engine.settings() : store.engineSettings();
        EngineSettings local = current.withMaster(EngineSettings.DEFAULT_MASTER);
        store.saveEngineSettings(local);
        LOG.info("Switching from {} to {}", current.masterUrl(), local.masterUrl());
        restartWith(local);
    }

    private void restartWith(EngineSettings settings) {
        engine.restart(settings).thenAccept(status -> {
            if (status.isReady()) {
                javafx.application.Platform.runLater(afterRestart);
            }
        });
    }
}

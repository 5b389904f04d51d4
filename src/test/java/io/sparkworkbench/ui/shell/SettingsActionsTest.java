package io.sparkworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.EngineSettings;
import io.sparkworkbench.engine.SettingsStore;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsActionsTest {

    @TempDir
    Path dir;

    private final SparkEngine engine = SharedSparkEngine.get();

    @Test
    void shufflePartitionsApplyToTheRunningSessionWithoutAsking() {
        EngineSettings current = engine.settings();
        SettingsStore store = new SettingsStore(dir, dir.resolve("data"));
        AtomicBoolean asked = new AtomicBoolean();
        try {
            EngineSettings chosen = new EngineSettings(current.masterUrl(), 3, current.sparkUiEnabled(), current.dataFolder());
            var outcome = new SettingsActions(engine, store, () -> { }).apply(chosen, () -> asked.getAndSet(true));

            assertThat(outcome).isEqualTo(SettingsActions.Outcome.APPLIED);
            assertThat(asked).isFalse();
            assertThat(engine.awaitSession().conf().get("spark.sql.shuffle.partitions")).isEqualTo("3");
            store.flush();
            assertThat(new SettingsStore(dir, dir.resolve("data")).engineSettings().shufflePartitions()).isEqualTo(3);
        } finally {
            engine.applyWithoutRestart(current);
        }
    }

    @Test
    void aNewMasterIsSavedAndWaitsWhenTheUserSaysLater() {
        EngineSettings current = engine.settings();
        SettingsStore store = new SettingsStore(dir, dir.resolve("data"));
        EngineSettings chosen = new EngineSettings("local[1]", 0, false, current.dataFolder());

        var outcome = new SettingsActions(engine, store, () -> { }).apply(chosen, () -> false);

        assertThat(outcome).isEqualTo(SettingsActions.Outcome.SAVED_FOR_NEXT_START);
        assertThat(engine.status().master()).isEqualTo("local[2]");
        store.flush();
        assertThat(new SettingsStore(dir, dir.resolve("data")).engineSettings().masterUrl()).isEqualTo("local[1]");
    }
}

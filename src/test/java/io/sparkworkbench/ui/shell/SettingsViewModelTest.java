package io.sparkworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.EngineSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void acceptsLocalAndClusterMasters() {
        SettingsViewModel model = new SettingsViewModel(EngineSettings.defaults(dir));
        for (String master : new String[] {"local", "local[*]", "local[4]", "local[2,3]", "spark://127.0.0.1:7077",
                "spark://a:1,b:2", "yarn", "k8s://https://host:443"}) {
            model.masterProperty().set(master);
            assertThat(model.errorBinding().get()).as(master).isEmpty();
        }
        model.masterProperty().set("spark://127.0.0.1:7077");
        assertThat(model.result()).get().extracting(EngineSettings::masterUrl).isEqualTo("spark://127.0.0.1:7077");
    }

    @Test
    void refusesBadValuesNamingTheField() throws Exception {
        SettingsViewModel model = new SettingsViewModel(EngineSettings.defaults(dir));
        model.masterProperty().set("local[0]");
        assertThat(model.errorBinding().get()).startsWith("Master URL 'local[0]'");
        model.masterProperty().set("http://x");
        assertThat(model.errorBinding().get()).startsWith("Master URL");
        model.masterProperty().set("local[*]");

        model.shufflePartitionsProperty().set("-1");
        assertThat(model.errorBinding().get()).startsWith("Shuffle partitions must be 0");
        model.shufflePartitionsProperty().set("many");
        assertThat(model.errorBinding().get()).contains("whole number");
        model.shufflePartitionsProperty().set("8");

        Path file = Files.writeString(dir.resolve("f"), "x");
        model.dataFolderProperty().set(file.toString());
        assertThat(model.errorBinding().get()).contains(file.toString()).contains("is a file");
        assertThat(model.result()).isEmpty();
        model.dataFolderProperty().set(dir.resolve("data").toString());
        assertThat(model.result()).get().extracting(EngineSettings::shufflePartitions).isEqualTo(8);
    }

    @Test
    void rowsPerResultPageIsValidatedAndStoredValuesFallBack() {
        SettingsViewModel model = new SettingsViewModel(EngineSettings.defaults(dir), 500);
        assertThat(model.rowCapProperty().get()).isEqualTo("500");
        model.rowCapProperty().set("0");
        assertThat(model.errorBinding().get()).startsWith("Rows per result page must be 1 to 1000000");
        model.rowCapProperty().set("lots");
        assertThat(model.errorBinding().get()).contains("whole number");
        model.rowCapProperty().set("2500");
        assertThat(model.errorBinding().get()).isEmpty();
        assertThat(model.rowCap()).isEqualTo(2500);
        assertThat(SettingsViewModel.parseRowCap("")).isEqualTo(10_000);
        assertThat(SettingsViewModel.parseRowCap("-4")).isEqualTo(10_000);
        assertThat(SettingsViewModel.parseRowCap("777")).isEqualTo(777);
    }
}

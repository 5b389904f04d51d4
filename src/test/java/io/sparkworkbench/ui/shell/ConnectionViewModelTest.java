package io.sparkworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.EngineSettings;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.connect.ConnectionSettings;
import io.sparkworkbench.engine.connect.ConnectionTest;
import io.sparkworkbench.engine.connect.SharedSecret;
import io.sparkworkbench.ui.common.DirectTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionViewModelTest {

    @TempDir
    Path dir;

    @Test
    void badValuesAreRefusedNamingTheField() throws Exception {
        SettingsViewModel settings = new SettingsViewModel(EngineSettings.defaults(dir));
        ConnectionViewModel model = settings.connection();

        model.executorMemoryProperty().set("lots");
        assertThat(settings.errorBinding().get()).startsWith("Executor memory 'lots'");
        model.executorMemoryProperty().set("2G");
        model.executorCoresProperty().set("-1");
        assertThat(settings.errorBinding().get()).startsWith("Executor cores must be 0");
        model.executorCoresProperty().set("two");
        assertThat(settings.errorBinding().get()).startsWith("Executor cores must be a whole number");
        model.executorCoresProperty().set("2");
        model.driverAddressProperty().set("my host");
        assertThat(settings.errorBinding().get()).startsWith("Driver address 'my host'");
        model.driverAddressProperty().set("10.0.0.5");
        model.checkpointFolderProperty().set("relative/dir");
        assertThat(settings.errorBinding().get()).startsWith("Checkpoint folder 'relative/dir' must be an absolute path");
        Path file = Files.writeString(dir.resolve("f"), "x");
        model.checkpointFolderProperty().set(file.toString());
        assertThat(settings.errorBinding().get()).startsWith("Checkpoint folder " + file).contains("is a file");
        model.checkpointFolderProperty().set("hdfs://nn:8020/wb/checkpoints");
        model.secretProperty().set("two words");
        assertThat(settings.errorBinding().get()).startsWith("Shared secret must not contain spaces");
        model.secretProperty().set("s3cr3t");

        assertThat(settings.errorBinding().get()).isEmpty();
        assertThat(settings.result()).get().extracting(EngineSettings::connection)
                .isEqualTo(new ConnectionSettings("2g", 2, "10.0.0.5", "hdfs://nn:8020/wb/checkpoints", SharedSecret.of("s3cr3t")));
    }

    @Test
    void theStoredValuesFillTheForm() {
        ConnectionSettings stored = new ConnectionSettings("4g", 3, "", "/shared/cp", SharedSecret.of("abc"));
        ConnectionViewModel model = new SettingsViewModel(EngineSettings.defaults(dir).withConnection(stored)).connection();
        assertThat(model.executorMemoryProperty().get()).isEqualTo("4g");
        assertThat(model.executorCoresProperty().get()).isEqualTo("3");
        assertThat(model.checkpointFolderProperty().get()).isEqualTo("/shared/cp");
        assertThat(model.secretProperty().get()).isEqualTo("abc");
    }

    @Test
    void testConnectionAsksWithTheTypedMasterAndSecretAndShowsTheAnswer() {
        ConnectionViewModel model = new ConnectionViewModel(ConnectionSettings.defaults());
        List<String> asked = new ArrayList<>();
        model.setTester((master, secret) -> {
            asked.add(master + " " + secret.reveal());
            return EngineTask.completed("test", new ConnectionTest.Verdict(ConnectionTest.Outcome.SUCCESS,
                    "Spark 4.1.0 master at " + master + ": 2 workers, 4 cores."));
        }, new DirectTaskRunner());
        model.secretProperty().set("s3cr3t");

        model.testConnection(" spark://127.0.0.1:7077 ");

        assertThat(asked).containsExactly("spark://127.0.0.1:7077 s3cr3t");
        assertThat(model.testAnswerProperty().get()).isEqualTo("Spark 4.1.0 master at spark://127.0.0.1:7077: 2 workers, 4 cores.");
        assertThat(model.testPassedProperty().get()).isTrue();
        assertThat(model.testingProperty().get()).isFalse();
    }

    @Test
    void aFailingTestNeverShowsTheSecret() {
        ConnectionViewModel model = new ConnectionViewModel(ConnectionSettings.defaults());
        model.setTester((master, secret) -> {
            EngineTask<ConnectionTest.Verdict> task = EngineTask.completed("test", null);
            task.future().obtrudeException(new IllegalStateException("conf had spark.authenticate.secret=" + secret.reveal()));
            return task;
        }, new DirectTaskRunner());
        model.secretProperty().set("s3cr3t");

        model.testConnection("spark://m:7077");

        assertThat(model.testAnswerProperty().get()).startsWith("Test connection failed").doesNotContain("s3cr3t");
        assertThat(model.testPassedProperty().get()).isFalse();
    }
}

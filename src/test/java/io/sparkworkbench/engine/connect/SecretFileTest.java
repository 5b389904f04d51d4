package io.sparkworkbench.engine.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.EngineSettings;
import io.sparkworkbench.engine.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFileTest {

    @TempDir
    Path dir;

    @Test
    void theSecretIsStoredOwnerOnlyAndReadBack() throws Exception {
        SecretFile file = SecretFile.connection(dir.resolve("config"));
        file.write(SharedSecret.of("s3cr3t-value"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path()))).isEqualTo("rw-------");
        assertThat(file.read().reveal()).isEqualTo("s3cr3t-value");

        file.write(SharedSecret.none());
        assertThat(file.path()).doesNotExist();
        assertThat(file.read().isSet()).isFalse();
    }

    @Test
    void connectionSettingsRoundTripAndTheSecretStaysOutOfTheSettingsFile() throws Exception {
        Path config = dir.resolve("config");
        SettingsStore store = new SettingsStore(config, dir.resolve("data"));
        ConnectionSettings chosen = new ConnectionSettings("2g", 2, "10.0.0.5", "/shared/checkpoints", SharedSecret.of("s3cr3t-value"));
        store.saveEngineSettings(EngineSettings.defaults(dir.resolve("data")).withMaster("spark://10.0.0.9:7077"));
        store.saveConnectionSettings(chosen);
        store.flush();

        EngineSettings read = new SettingsStore(config, dir.resolve("data")).engineSettings();

        assertThat(read.connection()).isEqualTo(chosen);
        assertThat(read.masterUrl()).isEqualTo("spark://10.0.0.9:7077");
        assertThat(Files.readString(config.resolve("settings.properties"))).doesNotContain("s3cr3t-value").contains("cluster.executorMemory=2g");
        assertThat(read.toString()).doesNotContain("s3cr3t-value").contains("(secret set)");
    }

    @Test
    void maskingHidesTheSecretInTextAndInExceptionChains() {
        SharedSecret secret = SharedSecret.of("s3cr3t-value");
        RuntimeException error = new RuntimeException("Start failed",
                new IllegalStateException("bad conf: spark.authenticate.secret=s3cr3t-value"));

        Throwable scrubbed = SecretMasking.scrub(error, secret);

        assertThat(secret.mask("x s3cr3t-value y")).isEqualTo("x " + SharedSecret.MASK + " y");
        assertThat(scrubbed.getCause().getMessage()).doesNotContain("s3cr3t-value").contains(SharedSecret.MASK);
        assertThat(scrubbed.getCause().toString()).startsWith("java.lang.IllegalStateException: bad conf");
        assertThat(scrubbed.getCause().getStackTrace()).isEqualTo(error.getCause().getStackTrace());
        assertThat(SecretMasking.scrub(error, SharedSecret.of("other"))).isSameAs(error);
    }
}

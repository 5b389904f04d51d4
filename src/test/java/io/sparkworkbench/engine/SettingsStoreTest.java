package io.sparkworkbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings are written behind the caller's back, but nothing is lost: flush and close write the last state. */
class SettingsStoreTest {

    @TempDir
    Path home;

    @Test
    void manyChangesEndUpInTheFileAfterFlushWithNoTemporaryFilesLeft() throws IOException {
        SettingsStore store = new SettingsStore(home.resolve("config"), home.resolve("data"));
        for (int i = 0; i < 200; i++) {
            store.put("ui.tab", "tab-" + i);
        }
        store.addRecentFolder(home.resolve("datasets/one"));
        store.flush();

        SettingsStore reopened = new SettingsStore(home.resolve("config"), home.resolve("data"));
        assertThat(reopened.get("ui.tab", "")).isEqualTo("tab-199");
        assertThat(reopened.recentFolders()).containsExactly(home.resolve("datasets/one").toAbsolutePath().normalize());
        try (Stream<Path> files = Files.list(home.resolve("config"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.properties");
        }
    }

    @Test
    void theSecretIsWrittenBehindWithTheSettingsOwnerOnlyAndReadBackByTheNextStore(@TempDir Path dir) throws IOException {
        SettingsStore store = new SettingsStore(dir, dir.resolve("data"));
        store.saveSharedSecret(io.sparkworkbench.engine.connect.SharedSecret.of("s3cr3t-value"));
        // The writer keeps only the newest waiting write: a settings change right after must not drop the secret.
        store.put("ui.tab", "sql");
        assertThat(store.sharedSecret().reveal()).isEqualTo("s3cr3t-value");
        store.flush();
        Path secretFile = dir.resolve("connection.secret");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(secretFile))).isEqualTo("rw-------");
        assertThat(Files.readString(dir.resolve("settings.properties"))).contains("ui.tab=sql").doesNotContain("s3cr3t-value");
        store.close();
        assertThat(new SettingsStore(dir, dir.resolve("data")).sharedSecret().reveal()).isEqualTo("s3cr3t-value");
    }

    @Test
    void closeWritesWhatIsPendingAndLaterChangesStillReachTheFile() {
        SettingsStore store = new SettingsStore(home.resolve("config"), home.resolve("data"));
        store.put("ui.theme", "dark");
        store.close();
        assertThat(new SettingsStore(home.resolve("config"), home.resolve("data")).get("ui.theme", "")).isEqualTo("dark");

        store.put("ui.theme", "light");
        assertThat(new SettingsStore(home.resolve("config"), home.resolve("data")).get("ui.theme", "")).isEqualTo("light");
    }

    @Test
    void aWriteThatFailsIsReportedByFlushNamingTheFile() throws IOException {
        Path notAFolder = Files.writeString(home.resolve("config"), "a file where the config folder should be");
        SettingsStore store = new SettingsStore(notAFolder, home.resolve("data"));
        store.put("ui.theme", "dark");
        assertThat(store.get("ui.theme", "")).isEqualTo("dark");
        assertThatThrownBy(store::flush).isInstanceOf(EngineException.class)
                .hasMessageContaining("Could not save settings to " + notAFolder.resolve("settings.properties"));
    }
}

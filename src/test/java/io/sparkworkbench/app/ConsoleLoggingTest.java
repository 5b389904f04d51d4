package io.sparkworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warnings logged through java.util.logging (JavaFX's "Unsupported JavaFX configuration" at start-up) land in the log
 * file, not on the user's console. In a JVM of its own: JUL's handlers are global.
 */
class ConsoleLoggingTest {

    @TempDir
    Path logs;

    @Test
    void javaUtilLoggingWarningsGoToTheLogFileNotTheConsole() throws Exception {
        String console = run("routed");
        assertThat(console).doesNotContain("console-probe");
        String file = Files.readString(logs.resolve("workbench.log"));
        assertThat(file).contains("console-probe: Unsupported JavaFX configuration", "console-probe: through System.Logger");
    }

    @Test
    void withoutTheRouteTheyReachTheConsole() throws Exception {
        // What the route fixes, so the test above cannot pass by the probe never printing at all.
        assertThat(run("plain")).contains("console-probe: Unsupported JavaFX configuration");
    }

    private String run(String mode) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dworkbench.logdir=" + logs, "-cp", System.getProperty("java.class.path"), ConsoleLoggingChild.class.getName(), mode)
                .redirectErrorStream(true).start();
        String console = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(console).isZero();
        return console;
    }
}

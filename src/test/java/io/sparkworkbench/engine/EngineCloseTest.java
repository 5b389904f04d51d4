package io.sparkworkbench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while a Spark job runs (a window closed by the desktop, {@code kill}, Ctrl+C on a command): the work the
 * closing engine ends is stopped work, not a failure, so the console stays quiet; the log file still says what ended.
 */
class EngineCloseTest {

    @TempDir
    Path home;

    @Test
    void workEndedByTheClosingEngineLeavesNoWarningOnTheConsole() throws Exception {
        Path logs = home.resolve("logs");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(JvmFlags.moduleFlags());
        command.add("-Dworkbench.home=" + home);
        command.add("-Dworkbench.logdir=" + logs);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), EngineCloseChild.class.getName(), home.resolve("data").toString()));
        Path stderr = home.resolve("stderr.txt");
        Process child = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).as("the child's first line").isEqualTo("RUNNING");
            child.destroy();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child ended after SIGTERM").isTrue();
        } finally {
            child.destroyForcibly();
        }
        List<String> console = Files.readAllLines(stderr).stream()
                .filter(line -> !line.startsWith("WARNING: Using incubator modules")).toList();
        assertThat(console).as("the console after SIGTERM").isEmpty();
        assertThat(Files.readString(logs.resolve("workbench.log"))).contains("Endless job");
    }
}

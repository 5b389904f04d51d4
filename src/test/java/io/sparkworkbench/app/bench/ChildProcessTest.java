package io.sparkworkbench.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.StartupTrace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** bench startup reads a child's start-up marks from the log in the child's own home, relative to the spawn. */
class ChildProcessTest {

    @Test
    void aChildOfThePackagedLauncherDoesNotInheritItsReExecMark() {
        // Seen in bench startup from the packaged app: the child launcher said "Could not find or load main class sql".
        Map<String, String> environment = new java.util.HashMap<>(Map.of("_JPACKAGE_LAUNCHER", "123", "PATH", "/usr/bin",
                "XDG_DATA_HOME", "/tmp/x"));
        ChildProcess.withoutLauncherMarks(environment);
        assertThat(environment).containsOnlyKeys("PATH", "XDG_DATA_HOME");
    }

    @Test
    void marksAndPrintedTimesAreMillisecondsAfterTheSpawn() throws Exception {
        long before = System.currentTimeMillis();
        // A stand-in for the app: it writes its log where the app would (under XDG_DATA_HOME) and prints a time.
        String script = "mkdir -p \"$XDG_DATA_HOME/spark-workbench/logs\"; now=$(date +%s%3N);"
                + " echo \"2026-12-02 10:00:00.000 INFO  [main] " + StartupTrace.LOGGER + ": mark main epoch=$((now + 100)) uptime=90\""
                + " > \"$XDG_DATA_HOME/spark-workbench/logs/workbench.log\";"
                + " echo \"2026-12-02 10:00:00.000 INFO  [main] io.sparkworkbench.Other: mark fake epoch=1 uptime=1\""
                + " >> \"$XDG_DATA_HOME/spark-workbench/logs/workbench.log\";"
                + " echo \"result_at $((now + 250))\"";
        try (ChildProcess child = ChildProcess.start(home -> List.of("sh", "-c", script))) {
            assertThat(child.awaitExit(30)).isTrue();
            long bound = System.currentTimeMillis() - before + 250;
            assertThat(child.exitCode()).isZero();
            Map<String, Long> marks = child.marks();
            assertThat(marks).containsOnlyKeys("main");
            assertThat(marks.get("main")).isBetween(100L, bound);
            assertThat(child.printedAt("result_at")).isPresent();
            assertThat(child.printedAt("result_at").getAsLong()).isBetween(250L, bound);
            assertThat(child.printedAt("missing")).isEmpty();
            assertThat(child.awaitMark("never", 1)).isEmpty();
        }
    }
}

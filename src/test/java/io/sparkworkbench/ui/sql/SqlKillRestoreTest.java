package io.sparkworkbench.ui.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text typed into the SQL editor survives the process being killed with SIGKILL after the autosave interval. */
class SqlKillRestoreTest {

    @TempDir
    Path folder;

    @Test
    void typedTextIsBackAfterKillDashNine() throws Exception {
        String typed = "SELECT customer_id, sum(total_amount) FROM orders GROUP BY 1 -- kept";
        Process writer = child("type", typed);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("TYPED")) {
                // startup output
            }
            assertThat(line).as("the child typed the text").isEqualTo("TYPED");
            Thread.sleep(4_500);
            writer.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no Application.stop()
            assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(writer.exitValue()).isEqualTo(137);
        }

        Process reader = child("print");
        String output = new String(reader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(reader.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("TEXT<<" + SqlTab.WELCOME + typed + ">>");
    }

    private Process child(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-Dworkbench.logdir=" + folder.resolve("logs"),
                SqlAutosaveChild.class.getName(), folder.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}

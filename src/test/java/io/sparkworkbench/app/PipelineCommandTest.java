package io.sparkworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.app.cli.PipelineCommand;
import io.sparkworkbench.testing.CliRun;
import io.sparkworkbench.testing.PipelineRuns;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@code pipeline}: a line per step and a total, exit 0; usage errors exit 2; an unwritable --out exits 1 naming it. */
class PipelineCommandTest {

    /** In this JVM, on the shared session (already up), so no child JVM start-up per case. */
    private static CliRun.Output run(String... args) {
        SharedSparkEngine.get();
        String[] withMaster = Arrays.copyOf(args, args.length + 2);
        withMaster[args.length] = "--master";
        withMaster[args.length + 1] = "local[2]";
        return CliRun.run(withMaster);
    }

    @Test
    void printsALinePerStepAndATotalIntoAFolderItRanBefore() {
        Path out = PipelineRuns.out();
        CliRun.Output o = run("pipeline", "--scale", Double.toString(PipelineRuns.SCALE), "--seed", "42", "--out", out.toString());
        assertThat(o.code()).as(o.err()).isZero();
        String[] lines = o.out().strip().split("\n");
        assertThat(lines).hasSize(8);
        assertThat(lines[0]).startsWith("generate").contains("unchanged, skipped").contains(" rows ").contains(" s ");
        assertThat(lines[1]).startsWith("tables").contains("unchanged, skipped");
        assertThat(o.out()).contains("features").contains("segments").contains("churn").contains("recommend").contains("graph");
        assertThat(lines[7]).startsWith("total done in").contains(out.toString());
    }

    @Test
    void withLiveTheStreamRunsLastForItsSecondsAndStops() {
        Path out = PipelineRuns.out();
        CliRun.Output o = run("pipeline", "--scale", Double.toString(PipelineRuns.SCALE), "--seed", "42", "--out", out.toString(),
                "--live", "2", "--live-rate", "1000");
        assertThat(o.code()).as(o.err()).isZero();
        String[] lines = o.out().strip().split("\n");
        assertThat(lines).hasSize(9);
        assertThat(lines[7]).startsWith("live").contains("done").doesNotContain(" 0 rows");
        assertThat(lines[8]).startsWith("total done in").contains("(1 run, 7 unchanged)");
        assertThat(out.resolve("pipeline/live/live_event_counts/_SUCCESS")).isRegularFile();
        assertThat(SharedSparkEngine.get().awaitSession().streams().active())
                .noneMatch(q -> String.valueOf(q.name()).contains("-" + PipelineCommand.LIVE_SCOPE));
    }

    @Test
    void anUnwritableOutputFolderExitsOneNamingIt() throws Exception {
        Path file = Files.createTempFile("pipeline-cli-blocking", ".txt");
        CliRun.Output o = run("pipeline", "--scale", "0.01", "--out", file.resolve("out").toString());
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.err()).contains("Error:").contains(file.resolve("out").toString());
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("pipeline", "--out", "/tmp/x").code()).isEqualTo(2);
        assertThat(run("pipeline", "--scale", "5000", "--out", "/tmp/x").code()).isEqualTo(2);
        assertThat(run("pipeline", "--scale", "1", "--out", "/tmp/x", "--k", "1").code()).isEqualTo(2);
        assertThat(run("pipeline", "--scale", "1").code()).isEqualTo(2);
        assertThat(run("pipeline", "--scale", "1", "--out", "/tmp/x", "--live", "0").code()).isEqualTo(2);
        CliRun.Output slow = run("pipeline", "--scale", "1", "--out", "/tmp/x", "--live", "5", "--live-rate", "10");
        assertThat(slow.code()).isEqualTo(2);
        assertThat(slow.err()).contains("between 100 and 50000");
    }
}

package io.sparkworkbench.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.FileTrees;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.stream.session.LiveSession;
import io.sparkworkbench.engine.stream.session.LiveSnapshot;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.PipelineRuns;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The optional live step on the scale-0.1 run's folder (every other step is skipped there): it starts the simulator
 * over the run's data set, writes its windows, never skips, stops when asked, and leaves no streaming query behind
 * unless it was asked to leave the stream running.
 */
class PipelineLiveStepTest {

    private final SparkEngine engine = SharedSparkEngine.get();
    private final SparkSession spark = engine.awaitSession();
    private final String scope = "pipeline-live-test-" + Long.toString(System.nanoTime(), 36);
    private final LiveSession session = LiveSession.scoped(engine, scope);
    private final PipelineService service = new PipelineService(engine, session);

    @AfterEach
    void stopAndForget() throws Exception {
        session.close();
        service.close();
        Path data = engine.settings().dataFolder();
        try (var checkpoints = Files.list(data.resolve("checkpoints"))) {
            checkpoints.filter(p -> p.getFileName().toString().contains(scope)).forEach(FileTrees::deleteQuietly);
        }
        try (var streams = Files.list(data.resolve("streams"))) {
            streams.filter(p -> p.getFileName().toString().startsWith(scope)).forEach(FileTrees::deleteQuietly);
        }
    }

    @Test
    void theLiveStepStreamsForItsSecondsWritesItsWindowsStopsAndRunsAgainNextTime() {
        Path out = PipelineRuns.out();
        PipelineRequest request = PipelineRequest.generate(PipelineRuns.SCALE, GeneratedData.SEED, out)
                .withLive(new LiveStepRequest(2_000, Duration.ofSeconds(3)));

        PipelineSnapshot run = service.start(request).future().join();

        assertThat(run.state()).as(run.message()).isEqualTo(StepState.DONE);
        assertThat(run.steps()).extracting(StepProgress::step).endsWith(PipelineStep.LIVE);
        StepProgress live = run.step(PipelineStep.LIVE);
        assertThat(live.state()).as(live.message()).isEqualTo(StepState.DONE);
        assertThat(live.message()).contains("simulator at 2,000 events/s").contains("for 3 s, stopped");
        assertThat(live.rows()).isPositive();
        assertThat(live.jobs()).isPositive();
        Path counts = out.resolve("pipeline/live/live_event_counts");
        assertThat(counts.resolve("_SUCCESS")).isRegularFile();
        long counted = spark.read().parquet(counts.toString()).selectExpr("sum(events)").first().getLong(0);
        assertThat(counted).isPositive();
        assertThat(out.resolve("pipeline/live/live_revenue/_SUCCESS")).isRegularFile();
        assertThat(session.anyQueryRunning()).isFalse();
        assertThat(session.snapshot().state()).isEqualTo(LiveSnapshot.State.IDLE);
        assertThat(run.steps()).filteredOn(s -> s.step() != PipelineStep.LIVE)
                .allSatisfy(s -> assertThat(s.state()).as(s.step().id()).isEqualTo(StepState.SKIPPED_UNCHANGED));

        PipelineSnapshot again = service.start(request).future().join();
        assertThat(again.step(PipelineStep.LIVE).state()).as("a stream is never reused").isEqualTo(StepState.DONE);
    }

    @Test
    void leftRunningItKeepsStreamingAndTheNextRunReplacesItAndAStopEndsIt() throws Exception {
        Path out = PipelineRuns.out();
        // The shared run's own request: its steps are skipped and their records stay as the other tests expect them.
        PipelineRequest base = PipelineRequest.generate(PipelineRuns.SCALE, GeneratedData.SEED, out);

        PipelineSnapshot window = service.start(base.withLive(LiveStepRequest.leftRunning(1_000))).future().join();
        assertThat(window.step(PipelineStep.LIVE).state()).as(window.message()).isEqualTo(StepState.DONE);
        assertThat(window.step(PipelineStep.LIVE).message()).contains("left running");
        assertThat(session.anyQueryRunning()).isTrue();

        PipelineRun long_ = service.start(base.withLive(new LiveStepRequest(1_000, Duration.ofMinutes(10))));
        while (!long_.future().isDone()) {
            StepProgress live = long_.snapshot().step(PipelineStep.LIVE);
            LiveSnapshot stream = session.snapshot();
            if (live.state() == StepState.RUNNING && stream.state() == LiveSnapshot.State.RUNNING && stream.eventCounts() != null
                    && stream.eventCounts().total() > 0) {
                long_.stop();
                break;
            }
            Thread.sleep(20);
        }
        PipelineSnapshot stopped = long_.future().join();
        assertThat(stopped.state()).isEqualTo(StepState.STOPPED);
        assertThat(stopped.step(PipelineStep.LIVE).state()).isEqualTo(StepState.STOPPED);
        assertThat(session.anyQueryRunning()).isFalse();
        assertThat(spark.streams().active()).noneMatch(q -> String.valueOf(q.name()).contains(scope));
    }
}

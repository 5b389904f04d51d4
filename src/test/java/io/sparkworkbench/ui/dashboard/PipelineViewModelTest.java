package io.sparkworkbench.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.pipeline.LiveStepRequest;
import io.sparkworkbench.engine.pipeline.PipelineRequest;
import io.sparkworkbench.engine.pipeline.PipelineSnapshot;
import io.sparkworkbench.engine.pipeline.PipelineStep;
import io.sparkworkbench.engine.pipeline.StepProgress;
import io.sparkworkbench.engine.pipeline.StepState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The pipeline pane's states, Stop, skipped rows and failures, on runs whose snapshots the test sets (no Spark, no FX toolkit). */
class PipelineViewModelTest {

    private static final Path DATA = Path.of("/home/u/.local/share/spark-workbench");

    private final List<PipelineRequest> started = new ArrayList<>();
    private final List<Path> ready = new ArrayList<>();
    private FakeRun run;
    private final PipelineForm form = new PipelineForm(DATA);
    private final PipelineViewModel model = new PipelineViewModel(request -> {
        started.add(request);
        run = new FakeRun(request.out());
        return run;
    }, form);

    PipelineViewModelTest() {
        model.setOnDatasetReady(ready::add);
    }

    @Test
    void refusesAWrongFieldNamingItAndStartsNothing() {
        form.scaleProperty().set("big");
        model.run();
        assertThat(model.messageProperty().get()).contains("Scale 'big' is not a number");
        assertThat(model.problemProperty().get()).isTrue();
        form.scaleProperty().set("0.001");
        assertThat(form.errorBinding().get()).contains("between 0.01 and 1000");
        form.scaleProperty().set("0.1");
        form.kProperty().set("1");
        assertThat(form.errorBinding().get()).contains("k (segments) must be a whole number from 2 to 50, not '1'");
        form.kProperty().set("4");
        form.sourceProperty().set(PipelineForm.Source.OPEN);
        assertThat(form.errorBinding().get()).contains("No data set is open");
        form.sourceProperty().set(PipelineForm.Source.GENERATE);
        form.outputFolderProperty().set("  ");
        assertThat(form.errorBinding().get()).isEqualTo("Choose an output folder");
        assertThat(started).isEmpty();
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void suggestsAnOutputFolderPerDataSetUntilTheUserChoosesOne() {
        assertThat(form.outputFolderProperty().get()).isEqualTo(DATA.resolve("pipeline-runs/generated-s1-seed42").toString());
        form.scaleProperty().set("0.1");
        assertThat(form.outputFolderProperty().get()).isEqualTo(DATA.resolve("pipeline-runs/generated-s0.1-seed42").toString());
        form.datasetOpened(DATA.resolve("pipeline-runs/generated-s0.1-seed42/dataset"));
        form.sourceProperty().set(PipelineForm.Source.OPEN);
        assertThat(form.outputFolderProperty().get()).as("a run's own data set: that run's folder")
                .isEqualTo(DATA.resolve("pipeline-runs/generated-s0.1-seed42").toString());
        form.datasetOpened(Path.of("/data/my shop"));
        assertThat(form.outputFolderProperty().get()).isEqualTo(DATA.resolve("pipeline-runs/my_shop").toString());
        form.chooseOutputFolder(Path.of("/tmp/mine"));
        form.datasetOpened(Path.of("/data/other"));
        assertThat(form.outputFolderProperty().get()).as("chosen by the user: kept").isEqualTo("/tmp/mine");
        model.run();
        assertThat(started.get(0).dataset()).contains(Path.of("/data/other"));
        assertThat(started.get(0).out()).isEqualTo(Path.of("/tmp/mine"));
    }

    @Test
    void showsEachStepAsSampledThenHandsOverTheDataSetWhenDone() {
        form.scaleProperty().set("0.1");
        form.kProperty().set("4");
        model.run();
        assertThat(started).hasSize(1);
        assertThat(started.get(0).scale()).isEqualTo(0.1);
        assertThat(started.get(0).k()).isEqualTo(4);
        assertThat(model.runningProperty().get()).isTrue();

        run.now = snapshot(StepState.RUNNING, step -> switch (step) {
            case GENERATE -> new StepProgress(step, StepState.DONE, 12_345, 3.2, 6, List.of(1L), "");
            case TABLES -> new StepProgress(step, StepState.RUNNING, 0, 1.5, 2, List.of(2L), "");
            default -> pending(step);
        }, 4.7, "");
        model.sample();
        assertThat(model.steps()).extracting(StepProgress::state).startsWith(StepState.DONE, StepState.RUNNING, StepState.PENDING);
        assertThat(model.steps().get(0).rows()).isEqualTo(12_345);
        assertThat(model.stepName(model.steps().get(1))).isEqualTo("Analytics tables");
        assertThat(model.totalProperty().get()).isEqualTo("Running: Analytics tables (1 of 7 steps finished), 4.7 s");
        assertThat(ready).isEmpty();

        run.finish(snapshot(StepState.DONE, step -> new StepProgress(step, StepState.DONE, 10, 1, 1, List.of(), ""), 20, ""));
        assertThat(model.runningProperty().get()).as("ended only once sampled").isTrue();
        model.sample();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.outcomeProperty().get()).isEqualTo(StepState.DONE);
        assertThat(model.totalProperty().get()).startsWith("Done in 20 s: 7 steps run, 0 skipped as unchanged");
        assertThat(ready).containsExactly(started.get(0).out().resolve("dataset"));
        model.sample();
        assertThat(ready).as("handed over once").hasSize(1);
    }

    @Test
    void theLiveChoiceAddsTheLiveRowAndAsksForAStreamLeftRunning() {
        assertThat(model.steps()).extracting(StepProgress::step).doesNotContain(PipelineStep.LIVE);
        form.startLiveProperty().set(true);
        assertThat(model.steps()).extracting(StepProgress::step).endsWith(PipelineStep.LIVE).hasSize(PipelineStep.values().length);
        assertThat(model.stepName(model.steps().get(model.steps().size() - 1))).isEqualTo("Live stream (simulator)");
        model.run();
        assertThat(started.get(0).live()).hasValueSatisfying(live -> {
            assertThat(live.leavesRunning()).isTrue();
            assertThat(live.eventsPerSecond()).isEqualTo(LiveStepRequest.DEFAULT_EVENTS_PER_SECOND);
        });
        run.finish(snapshot(StepState.FAILED, PipelineViewModelTest::pending, 0.1, "Cannot write"));
        model.sample();
        form.startLiveProperty().set(false);
        model.run();
        assertThat(started).hasSize(2).last().satisfies(r -> assertThat(r.live()).isEmpty());
    }

    @Test
    void aDoneLiveStepSaysWhatItLeftRunning() {
        StepProgress live = new StepProgress(PipelineStep.LIVE, StepState.DONE, 109, 38, 50, List.of(),
                "simulator at 1,000 events/s, left running (Live tab)");
        assertThat(PipelineTexts.message(live)).isEqualTo("simulator at 1,000 events/s, left running (Live tab)");
        assertThat(PipelineTexts.message(new StepProgress(PipelineStep.TABLES, StepState.DONE, 5, 1, 1, List.of(), ""))).isEmpty();
    }

    @Test
    void twoStepsRunningSideBySideAreBothNamedAndBothStoppedOnes() {
        model.run();
        run.now = snapshot(StepState.RUNNING, step -> switch (step) {
            case CHURN, RECOMMEND -> new StepProgress(step, StepState.RUNNING, 0, 1.5, 2, List.of(2L), "");
            case GRAPH -> pending(step);
            default -> new StepProgress(step, StepState.DONE, 10, 1, 1, List.of(), "");
        }, 9, "");
        model.sample();
        assertThat(model.totalProperty().get()).startsWith("Running: Churn risk and Recommendations (ALS) (4 of 7 steps finished)");
        model.stop();
        run.finish(snapshot(StepState.STOPPED, step -> switch (step) {
            case CHURN, RECOMMEND -> new StepProgress(step, StepState.STOPPED, 0, 2, 2, List.of(2L), "");
            case GRAPH -> pending(step);
            default -> new StepProgress(step, StepState.DONE, 10, 1, 1, List.of(), "");
        }, 10, "churn: Stopped"));
        model.sample();
        assertThat(model.messageProperty().get()).startsWith("Stopped at Churn risk and Recommendations (ALS); earlier outputs kept");
    }

    @Test
    void aRerunSaysWhichStepsItSkipped() {
        model.run();
        run.finish(snapshot(StepState.DONE, step -> step == PipelineStep.SEGMENTS
                ? new StepProgress(step, StepState.DONE, 1000, 4, 9, List.of(), "")
                : new StepProgress(step, StepState.SKIPPED_UNCHANGED, 1000, 0.2, 1, List.of(), "unchanged, skipped"), 6, ""));
        model.sample();
        assertThat(model.steps()).extracting(PipelineTexts::message)
                .containsExactly("skipped: inputs and settings unchanged", "skipped: inputs and settings unchanged",
                        "skipped: inputs and settings unchanged", "", "skipped: inputs and settings unchanged",
                        "skipped: inputs and settings unchanged", "skipped: inputs and settings unchanged");
        assertThat(model.totalProperty().get()).startsWith("Done in 6.0 s: 1 step run, 6 skipped as unchanged");
    }

    @Test
    void stopDisablesUntilTheRunEndsAndSaysWhereItStopped() {
        model.run();
        model.stop();
        model.stop();
        assertThat(run.stops).as("one stop asked").isEqualTo(1);
        assertThat(model.stoppingProperty().get()).isTrue();
        run.now = snapshot(StepState.RUNNING, step -> step == PipelineStep.GENERATE
                ? new StepProgress(step, StepState.RUNNING, 0, 2, 3, List.of(1L), "") : pending(step), 2, "");
        model.sample();
        assertThat(model.totalProperty().get()).startsWith("Stopping: Generate the data set");

        run.finish(snapshot(StepState.STOPPED, step -> switch (step) {
            case GENERATE, TABLES, FEATURES -> new StepProgress(step, StepState.DONE, 5, 1, 1, List.of(), "");
            case SEGMENTS -> new StepProgress(step, StepState.STOPPED, 0, 1, 2, List.of(), "Stopped; the previous output is kept");
            default -> pending(step);
        }, 9, "segments: Stopped; the previous output is kept"));
        model.sample();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.stoppingProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("Stopped at Segments (K-Means); earlier outputs kept");
        assertThat(model.totalProperty().get()).isEqualTo("Stopped after 9.0 s");
        assertThat(model.steps().get(2).state()).isEqualTo(StepState.DONE);
        assertThat(ready).as("a stopped run's data set is not shown").isEmpty();
    }

    @Test
    void aFailureShowsInItsRowAndThePaneAndKeepsTheStepsBefore() {
        assertThat(model.stepName(model.steps().get(0))).isEqualTo("Generate the data set");
        form.datasetOpened(Path.of("/data/shop"));
        form.sourceProperty().set(PipelineForm.Source.OPEN);
        assertThat(model.stepName(model.steps().get(0))).as("before any run: as the form says").isEqualTo("Open the data set");
        model.run();
        String why = "Cannot read table orders in /data/shop/orders: file not found";
        run.finish(snapshot(StepState.FAILED, step -> switch (step) {
            case GENERATE, TABLES, FEATURES, SEGMENTS -> new StepProgress(step, StepState.DONE, 5, 1, 1, List.of(), "");
            case CHURN -> new StepProgress(step, StepState.FAILED, 0, 1, 2, List.of(), why);
            default -> pending(step);
        }, 7, "churn: " + why));
        model.sample();
        assertThat(PipelineTexts.message(model.steps().get(4))).isEqualTo(why);
        assertThat(model.stepName(model.steps().get(0))).isEqualTo("Open the data set");
        assertThat(model.messageProperty().get()).isEqualTo("Failed at Churn risk: " + why + "; earlier outputs kept");
        assertThat(model.problemProperty().get()).isTrue();
        assertThat(model.totalProperty().get()).isEqualTo("Failed after 7.0 s");
        assertThat(model.steps().subList(0, 4)).extracting(StepProgress::state).containsOnly(StepState.DONE);
        assertThat(ready).isEmpty();

        model.run();
        assertThat(started).as("a new run may start at once").hasSize(2);
        assertThat(model.problemProperty().get()).isFalse();
    }

    @Test
    void aRunThatFailsBeforeAnyStepSaysWhy() {
        model.run();
        run.finish(snapshot(StepState.FAILED, PipelineViewModelTest::pending, 0.1,
                "Cannot write the pipeline's output folder /ro: Permission denied"));
        model.sample();
        assertThat(model.messageProperty().get()).isEqualTo("Failed: Cannot write the pipeline's output folder /ro: Permission denied");
    }

    /** A run's steps when the form leaves the live stream out, as the engine lists them. */
    private static final List<PipelineStep> WITHOUT_LIVE = PipelineRequest.generate(1, 42, Path.of("/runs/x")).steps();

    private static StepProgress pending(PipelineStep step) {
        return new StepProgress(step, StepState.PENDING, 0, 0, 0, List.of(), "");
    }

    private PipelineSnapshot snapshot(StepState state, Function<PipelineStep, StepProgress> row, double seconds, String message) {
        return new PipelineSnapshot("run-1", run.out, state, WITHOUT_LIVE.stream().map(row).toList(), seconds, message);
    }

    private static final class FakeRun implements PipelineBackend.Run {
        final Path out;
        final CompletableFuture<PipelineSnapshot> future = new CompletableFuture<>();
        PipelineSnapshot now;
        int stops;

        FakeRun(Path out) {
            this.out = out;
            this.now = new PipelineSnapshot("run-1", out, StepState.PENDING,
                    WITHOUT_LIVE.stream().map(PipelineViewModelTest::pending).toList(), 0, "");
        }

        void finish(PipelineSnapshot last) {
            now = last;
            future.complete(last);
        }

        @Override
        public PipelineSnapshot snapshot() {
            return now;
        }

        @Override
        public void stop() {
            stops++;
        }

        @Override
        public CompletableFuture<PipelineSnapshot> future() {
            return future;
        }
    }
}

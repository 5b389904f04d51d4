package io.sparkworkbench.ui.dashboard;

import io.sparkworkbench.engine.pipeline.PipelineSnapshot;
import io.sparkworkbench.engine.pipeline.PipelineStep;
import io.sparkworkbench.engine.pipeline.StepProgress;
import io.sparkworkbench.engine.pipeline.StepState;
import io.sparkworkbench.ui.common.Formats;
import java.util.List;
import java.util.Locale;

/** What the pipeline panel says about a step and a run, in the user's words rather than the engine's ids. */
final class PipelineTexts {

    static final String SKIPPED = "skipped: inputs and settings unchanged";
    static final String KEPT = "earlier outputs kept";

    private PipelineTexts() {
    }

    /** The step as its row names it; {@code generate} reads an existing data set when the run was given one. */
    static String step(PipelineStep step, boolean existingDataset) {
        return switch (step) {
            case GENERATE -> existingDataset ? "Open the data set" : "Generate the data set";
            case TABLES -> "Analytics tables";
            case FEATURES -> "Customer features";
            case SEGMENTS -> "Segments (K-Means)";
            case CHURN -> "Churn risk";
            case RECOMMEND -> "Recommendations (ALS)";
            case GRAPH -> "Graph (PageRank, communities)";
            case LIVE -> "Live stream (simulator)";
        };
    }

    /** The state column's word. */
    static String state(StepState state) {
        return switch (state) {
            case PENDING -> "pending";
            case RUNNING -> "running";
            case DONE -> "done";
            case SKIPPED_UNCHANGED -> "skipped";
            case FAILED -> "failed";
            case STOPPED -> "stopped";
        };
    }

    /** The CSS class of a state's dot (colours in workbench.css). */
    static String styleClass(StepState state) {
        return "pipeline-state-" + state.name().toLowerCase(Locale.ROOT);
    }

    /** The message column: why a step failed, that it stopped, that it was skipped, or what a done step left (a running stream). */
    static String message(StepProgress step) {
        return switch (step.state()) {
            case SKIPPED_UNCHANGED -> SKIPPED;
            case STOPPED -> "stopped; its previous output is kept";
            case FAILED, DONE -> step.message();
            default -> "";
        };
    }

    /** The total line: the run's state and elapsed time (and, while it runs, the step it is at). */
    static String total(PipelineSnapshot run, boolean stopping, boolean existingDataset) {
        String elapsed = Formats.elapsed(Math.round(run.seconds() * 1000));
        return switch (run.state()) {
            case PENDING -> "Starting…";
            case RUNNING -> {
                // Steps that do not need each other's output run side by side: name each.
                List<String> running = run.steps().stream().filter(s -> s.state() == StepState.RUNNING)
                        .map(s -> step(s.step(), existingDataset)).toList();
                String at = running.isEmpty() ? "between steps" : String.join(" and ", running);
                yield (stopping ? "Stopping: " : "Running: ") + at + " (" + finished(run) + " of " + run.steps().size()
                        + " steps finished), " + elapsed;
            }
            case DONE -> {
                long skipped = run.steps().stream().filter(s -> s.state() == StepState.SKIPPED_UNCHANGED).count();
                long ran = run.steps().size() - skipped;
                yield "Done in " + elapsed + ": " + ran + (ran == 1 ? " step" : " steps") + " run, " + skipped
                        + " skipped as unchanged; output in " + run.outputFolder();
            }
            // Where it ended, and why, is the message under this line.
            case STOPPED -> "Stopped after " + elapsed;
            case FAILED -> "Failed after " + elapsed;
            case SKIPPED_UNCHANGED -> "Unchanged";
        };
    }

    /** The failing step's name and reason, or the run's reason when it failed before any step. */
    static String failed(PipelineSnapshot run, boolean existingDataset) {
        return run.steps().stream().filter(s -> s.state() == StepState.FAILED).findFirst()
                .map(s -> "Failed at " + step(s.step(), existingDataset) + ": " + s.message() + "; " + KEPT)
                .orElse("Failed: " + run.message());
    }

    /** "Stopped at" the step Stop ended, and that what came before stays. */
    static String stopped(PipelineSnapshot run, boolean existingDataset) {
        return "Stopped at " + endedAt(run, existingDataset) + "; " + KEPT;
    }

    /** The steps that were stopped, or the first that never started when Stop came between two steps. */
    private static String endedAt(PipelineSnapshot run, boolean existingDataset) {
        List<String> stopped = run.steps().stream().filter(s -> s.state() == StepState.STOPPED)
                .map(s -> step(s.step(), existingDataset)).toList();
        if (!stopped.isEmpty()) {
            return String.join(" and ", stopped);
        }
        return run.steps().stream().filter(s -> s.state() == StepState.PENDING).findFirst()
                .map(s -> step(s.step(), existingDataset)).orElse("the end");
    }

    private static long finished(PipelineSnapshot run) {
        return run.steps().stream().filter(s -> s.state().finished()).count();
    }
}

package io.sparkworkbench.engine.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A pipeline run at one moment: immutable, cheap to sample once per frame. {@code state} is the run's: RUNNING
 * until it ends, then DONE (every step done or skipped), FAILED or STOPPED.
 */
public record PipelineSnapshot(String runId, Path outputFolder, StepState state, List<StepProgress> steps, double seconds,
                               String message) {

    public PipelineSnapshot {
        steps = List.copyOf(steps);
        message = message == null ? "" : message;
    }

    public StepProgress step(PipelineStep step) {
        return steps.stream().filter(s -> s.step() == step).findFirst().orElseThrow();
    }

    /** The step running now, if any. */
    public Optional<StepProgress> running() {
        return steps.stream().filter(s -> s.state() == StepState.RUNNING).findFirst();
    }

    public boolean finished() {
        return state.finished();
    }
}

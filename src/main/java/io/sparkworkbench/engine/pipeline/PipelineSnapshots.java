package io.sparkworkbench.engine.pipeline;

import java.util.ArrayList;
import java.util.List;

/** Changed copies of a {@link PipelineSnapshot}: one step's row replaced, the run's state set. */
final class PipelineSnapshots {

    private PipelineSnapshots() {
    }

    static PipelineSnapshot withStep(PipelineSnapshot s, StepProgress step) {
        List<StepProgress> steps = new ArrayList<>(s.steps());
        steps.replaceAll(p -> p.step() == step.step() ? step : p);
        return new PipelineSnapshot(s.runId(), s.outputFolder(), s.state(), steps, s.seconds(), s.message());
    }

    static PipelineSnapshot step(PipelineSnapshot s, PipelineStep step, StepState state, long rows, double seconds, String message) {
        StepProgress old = s.step(step);
        return withStep(s, new StepProgress(step, state, rows, seconds, old.jobs(), old.actionIds(), message));
    }

    static PipelineSnapshot addAction(PipelineSnapshot s, PipelineStep step, long actionId) {
        StepProgress old = s.step(step);
        List<Long> ids = new ArrayList<>(old.actionIds());
        ids.add(actionId);
        return withStep(s, new StepProgress(step, old.state(), old.rows(), old.seconds(), old.jobs(), ids, old.message()));
    }

    static PipelineSnapshot ended(PipelineSnapshot s, StepState state, double seconds, String message) {
        return new PipelineSnapshot(s.runId(), s.outputFolder(), state, s.steps(), seconds, message);
    }
}

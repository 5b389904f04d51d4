package io.sparkworkbench.engine.pipeline;

import java.util.List;

/**
 * One step of a run as its row shows it: state, rows written (the data set's rows for {@code generate}), seconds
 * spent (0 while pending), the Spark jobs its actions ran so far and those actions' ids (the jobs panel's rows,
 * each action under its own job tag), and a message (why it failed, or what it skipped).
 */
public record StepProgress(PipelineStep step, StepState state, long rows, double seconds, int jobs, List<Long> actionIds,
                           String message) {

    public StepProgress {
        actionIds = List.copyOf(actionIds);
        message = message == null ? "" : message;
    }

    static StepProgress pending(PipelineStep step) {
        return new StepProgress(step, StepState.PENDING, 0, 0, 0, List.of(), "");
    }

    StepProgress withJobs(int count) {
        return new StepProgress(step, state, rows, seconds, count, actionIds, message);
    }
}

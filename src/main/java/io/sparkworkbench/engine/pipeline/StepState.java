package io.sparkworkbench.engine.pipeline;

/** Where a step of a pipeline run is. */
public enum StepState {
    PENDING("pending"),
    /** Its inputs and parameters match the recorded fingerprint and its output is complete: views re-registered from Parquet. */
    SKIPPED_UNCHANGED("unchanged, skipped"),
    RUNNING("running"),
    DONE("done"),
    FAILED("failed"),
    STOPPED("stopped");

    private final String label;

    StepState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the step is over (it will not change again in this run). */
    public boolean finished() {
        return this != PENDING && this != RUNNING;
    }

    /** Whether its output is there for the steps after it. */
    public boolean succeeded() {
        return this == DONE || this == SKIPPED_UNCHANGED;
    }
}

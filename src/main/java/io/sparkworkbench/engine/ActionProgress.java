package io.sparkworkbench.engine;

/**
 * One user action as the jobs panel shows it: its Spark jobs, stages and tasks so far.
 * A snapshot: immutable, safe to hand to the UI thread.
 */
public record ActionProgress(long id, String label, State state, long elapsedMs,
                             int jobsDone, int jobsRunning, int stagesDone, int stagesTotal,
                             int tasksDone, int tasksTotal, String message) {

    public enum State { RUNNING, SUCCEEDED, FAILED, CANCELLED }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    /** Fraction of known tasks done, or -1 when nothing is known yet (indeterminate). */
    public double taskFraction() {
        return tasksTotal == 0 ? -1 : Math.min(1.0, (double) tasksDone / tasksTotal);
    }
}

package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.ActionProgress;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;

/**
 * The Spark jobs and tasks a finished action ran, as the jobs panel counted them: at this size the fixed
 * cost per job and per task is most of a fit's time, so the counts explain the milliseconds beside them.
 */
final class ActionJobs {

    /** Spark's listener bus is asynchronous: the last job's end may be counted a moment after the action returns. */
    private static final long SETTLE_MS = 300;

    private ActionJobs() {
    }

    static void print(Figures figures, String prefix, SparkEngine engine, EngineTask<?> finished) throws InterruptedException {
        Thread.sleep(SETTLE_MS);
        ActionProgress action = engine.jobs().snapshot().actions().stream().filter(a -> a.id() == finished.id()).findFirst()
                .orElse(null);
        if (action == null) {
            figures.note(prefix + ": the jobs panel no longer lists the action, so its jobs were not counted");
            return;
        }
        figures.print(prefix + "_jobs", action.jobsDone(), "jobs");
        figures.print(prefix + "_tasks", action.tasksDone(), "tasks");
    }
}

package io.sparkworkbench.engine.files;

import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkJobInfo;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.SparkStatusTracker;
import org.apache.spark.sql.SparkSession;

/**
 * Waits (bounded) until the tasks of an action's jobs have really stopped. A cancelled or failed job
 * returns to the driver while its other tasks are still being killed, and those can still create files:
 * cleaning up before they stop would leave a half-written folder behind.
 */
final class TaskDrain {

    private static final long MAX_WAIT_MS = 10_000;

    private TaskDrain() {
    }

    static void awaitTasksOf(SparkSession spark, String tag) {
        SparkStatusTracker tracker = spark.sparkContext().statusTracker();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MS);
        while (activeTasks(tracker, tag) > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                // Stop interrupts this thread: the wait is best effort, keep the flag for the caller.
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static int activeTasks(SparkStatusTracker tracker, String tag) {
        int active = 0;
        for (int jobId : tracker.getJobIdsForTag(tag)) {
            SparkJobInfo job = tracker.getJobInfo(jobId).getOrElse(() -> null);
            if (job == null) {
                continue;
            }
            for (int stageId : job.stageIds()) {
                SparkStageInfo stage = tracker.getStageInfo(stageId).getOrElse(() -> null);
                active += stage == null ? 0 : stage.numActiveTasks();
            }
        }
        return active;
    }
}

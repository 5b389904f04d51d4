package io.sparkworkbench.engine;

import java.util.concurrent.CancellationException;
import org.apache.spark.sql.SparkSession;

/** What a running action sees: the session, and whether the user pressed Stop. */
public final class EngineContext {

    static final String POOL_PROPERTY = "spark.scheduler.pool";

    private final SparkSession spark;
    private final EngineTask<?> task;

    EngineContext(SparkSession spark, EngineTask<?> task) {
        this.spark = spark;
        this.task = task;
    }

    public SparkSession spark() {
        return spark;
    }

    public String tag() {
        return task.tag();
    }

    public boolean isCancelRequested() {
        return task.isCancelRequested();
    }

    /** Call between Spark actions so a stopped action does not start its next job. */
    public void checkCancelled() {
        if (task.isCancelRequested()) {
            throw new CancellationException(task.label() + " was stopped");
        }
    }

    /** Runs {@code body} on the current thread with this action's job tag, so Stop reaches its jobs. */
    public void tagCurrentThread() {
        spark.sparkContext().addJobTag(task.tag());
        spark.sparkContext().setInterruptOnCancel(true);
        spark.sparkContext().setLocalProperty(POOL_PROPERTY, task.pool().sparkName());
    }

    public void untagCurrentThread() {
        spark.sparkContext().removeJobTag(task.tag());
        spark.sparkContext().setLocalProperty(POOL_PROPERTY, null);
    }

    /** The scheduler pool of this action. */
    public EnginePool pool() {
        return task.pool();
    }
}

package io.sparkworkbench.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;

/** What a running action sees: the session, and whether the user pressed Stop. */
public final class EngineContext {

    static final String POOL_PROPERTY = "spark.scheduler.pool";
    private static final Pattern QUERY_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]{0,99}");

    private final SparkSession spark;
    private final EngineTask<?> task;
    private final Path dataFolder;

    EngineContext(SparkSession spark, EngineTask<?> task, Path dataFolder) {
        this.spark = spark;
        this.task = task;
        this.dataFolder = dataFolder;
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

    /**
     * Runs {@code body}'s Spark jobs in {@code pool} instead of the action's own, then puts the action's pool back (a
     * streaming query started afterwards on this thread inherits the thread's pool). For a bounded step a person waits
     * for inside a long-lived action: the live learning's model, fitted before its stream starts (ADR 0036).
     */
    public <T> T inPool(EnginePool pool, java.util.function.Supplier<T> body) {
        spark.sparkContext().setLocalProperty(POOL_PROPERTY, pool.sparkName());
        try {
            return body.get();
        } finally {
            spark.sparkContext().setLocalProperty(POOL_PROPERTY, task.pool().sparkName());
        }
    }

    /**
     * Gives the current thread this action's job tag, and only it, so Stop reaches its jobs and the jobs panel counts
     * them on its row. Spark's thread-local properties pass to threads created under them: an engine thread first
     * started from inside another action carried that action's tag ever after, and a live query started from there
     * had its batches counted on the finished start action's row ("jobs 0" on its own).
     */
    public void tagCurrentThread() {
        spark.sparkContext().clearJobTags();
        spark.sparkContext().addJobTag(task.tag());
        spark.sparkContext().setInterruptOnCancel(true);
        spark.sparkContext().setLocalProperty(POOL_PROPERTY, task.pool().sparkName());
    }

    public void untagCurrentThread() {
        spark.sparkContext().removeJobTag(task.tag());
        spark.sparkContext().setLocalProperty(POOL_PROPERTY, null);
    }

    /**
     * The checkpoint folder of the streaming query {@code queryName}, {@code <data folder>/checkpoints/<name>/},
     * created if missing. The same name gets the same folder after a restart, so the query resumes where
     * it stopped. Names are folder names: letters, digits, _ and -.
     */
    public Path checkpointFolder(String queryName) {
        if (queryName == null || !QUERY_NAME.matcher(queryName).matches()) {
            throw new EngineException("The streaming query name '" + queryName + "' cannot name its checkpoint folder:"
                    + " use 1 to 100 letters, digits, _ or - (not starting with -)");
        }
        Path folder = dataFolder.resolve("checkpoints").resolve(queryName);
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new EngineException("Cannot create the checkpoint folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The app's data folder (models, checkpoints and exports live under it). */
    public Path dataFolder() {
        return dataFolder;
    }

    /** The scheduler pool of this action. */
    public EnginePool pool() {
        return task.pool();
    }
}

package io.sparkworkbench.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A submitted action: its result as a future, and a {@link #cancel()} that cancels the Spark jobs
 * themselves (by job tag), not just the waiting.
 */
public final class EngineTask<T> {

    private final long id;
    private final String tag;
    private final String label;
    private final EnginePool pool;
    private final CompletableFuture<T> future = new CompletableFuture<>();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private volatile Consumer<EngineTask<?>> canceller = t -> { };

    EngineTask(long id, String label) {
        this(id, "workbench-action-" + id, label, EnginePool.INTERACTIVE);
    }

    /** @param tag unique in the SparkContext: engines sharing one context must not cancel each other's jobs */
    EngineTask(long id, String tag, String label, EnginePool pool) {
        this.id = id;
        this.tag = tag;
        this.label = label;
        this.pool = pool;
    }

    public long id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String tag() {
        return tag;
    }

    /** The scheduler pool the action's Spark jobs run in. */
    public EnginePool pool() {
        return pool;
    }

    public CompletableFuture<T> future() {
        return future;
    }

    public boolean isCancelRequested() {
        return cancelRequested.get();
    }

    /** Asks Spark to cancel this action's jobs; the future then completes with a CancellationException. */
    public void cancel() {
        if (cancelRequested.compareAndSet(false, true)) {
            canceller.accept(this);
        }
    }

    void onCancel(Consumer<EngineTask<?>> canceller) {
        this.canceller = canceller;
    }

    /** A task that is already finished, for work that needs no Spark (and for tests). */
    public static <T> EngineTask<T> completed(String label, T value) {
        EngineTask<T> task = new EngineTask<>(-1, label);
        task.future.complete(value);
        return task;
    }
}

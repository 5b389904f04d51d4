package io.sparkworkbench.engine.ml.segment;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineThreads;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Work a segmentation action runs beside its own engine thread (the sweep's second fit, PCA beside K-Means): at
 * scale 1 each Spark job is one task and much of a fit is the driver between jobs, so a second chain of jobs uses
 * the core the first leaves idle (ADR 0030, 0034). The helper thread carries the action's job tag and scheduler
 * pool, so Stop cancels its jobs too. Threads are made as needed (a fit and a sweep may run at once), so no helper
 * waits behind another action's.
 */
final class ActionHelper {

    private static final ExecutorService THREADS = Executors.newCachedThreadPool(EngineThreads.factory("engine-action-helper"));

    private ActionHelper() {
    }

    static <T> Future<T> start(EngineContext context, Callable<T> work) {
        return THREADS.submit(() -> {
            // A pooled thread inherited the tags of the action that created it: tagging leaves only this one's.
            context.tagCurrentThread();
            try {
                return work.call();
            } finally {
                context.untagCurrentThread();
            }
        });
    }

    /** Waits for {@code helper} and rethrows its failure; {@code what} names it if the wait is interrupted. */
    static <T> T await(Future<T> helper, String what) {
        try {
            return helper.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while " + what + " ran");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
    }
}

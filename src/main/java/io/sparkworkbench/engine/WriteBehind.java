package io.sparkworkbench.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file's latest state on one background thread, so the JavaFX thread never waits on the disk.
 * Writes are coalesced: a write submitted while another waits replaces it (each write carries the whole
 * state), and they never overlap. {@link #flush()} waits until what was submitted so far is written.
 */
public final class WriteBehind implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WriteBehind.class);

    private final ExecutorService thread;
    private final AtomicReference<Runnable> pending = new AtomicReference<>();

    public WriteBehind(String threadName) {
        this.thread = EngineThreads.newPool(threadName, 1);
    }

    /** Queues {@code write}, replacing a queued one that has not started. Never blocks. */
    public void submit(Runnable write) {
        if (pending.getAndSet(write) == null) {
            try {
                thread.execute(this::drain);
            } catch (RejectedExecutionException closed) {
                // After close (the app is exiting): the write still happens, on the caller's thread.
                drain();
            }
        }
    }

    /** Waits (never call it on the JavaFX thread, except when the app exits) until every submitted write ran. */
    public void flush() {
        try {
            // One thread, first in first out: this runs after the drain of every earlier submit.
            thread.submit(() -> { }).get();
        } catch (RejectedExecutionException closed) {
            drain();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Writes what is queued, then lets the thread end. Later submits write on the caller's thread. */
    @Override
    public void close() {
        flush();
        thread.shutdown();
    }

    private void drain() {
        Runnable write = pending.getAndSet(null);
        if (write != null) {
            try {
                write.run();
            } catch (RuntimeException e) {
                LOG.error("A background write failed", e);
            }
        }
    }
}

package io.sparkworkbench.engine;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streaming queries as actions of their own: the action is RUNNING while its query runs, Stop stops the
 * query ({@link StreamingQuery#stop()}, which also cancels its running batch), and the action ends
 * CANCELLED, FAILED (with the query's error) or SUCCEEDED when the query ends by itself.
 */
final class StreamActions {

    private static final Logger LOG = LoggerFactory.getLogger(StreamActions.class);

    private final JobTracker jobs;
    private final ExecutorService stops;
    private final StreamWatcher watcher = new StreamWatcher();
    private final Map<Long, StreamingQuery> queries = new ConcurrentHashMap<>();

    /** @param stops where Stop waits for a query to end: never the caller's (the UI's) thread */
    StreamActions(JobTracker jobs, ExecutorService stops) {
        this.jobs = jobs;
        this.stops = stops;
    }

    /** Runs on an engine thread of the streaming pool: builds and starts the query, then returns. */
    void run(EngineTask<Void> task, StreamStart start, Supplier<SparkSession> session, Supplier<Path> dataFolder) {
        EngineContext context = null;
        try {
            SparkSession spark = session.get();
            context = new EngineContext(spark, task, dataFolder.get());
            context.checkCancelled();
            watcher.attachTo(spark);
            // The query's thread is created inside start() and inherits this thread's tag and pool.
            context.tagCurrentThread();
            StreamingQuery query = start.start(context);
            if (query == null) {
                throw new EngineException(task.label() + ": the stream's start returned no query");
            }
            jobs.streamStarted(task, query.runId().toString());
            queries.put(task.id(), query);
            watcher.watch(query.runId(), () -> finish(task, query));
            if (task.isCancelRequested()) {
                stopQuery(query);
            }
            if (!query.isActive()) {
                finish(task, query);
            }
        } catch (Throwable e) {
            ended(task, e);
        } finally {
            if (context != null) {
                context.untagCurrentThread();
            }
        }
    }

    /** Stop from the jobs panel: the query stops on another thread; the action ends when it has. */
    void cancel(EngineTask<?> task) {
        stops.execute(() -> {
            StreamingQuery query = queries.get(task.id());
            if (query != null) {
                stopQuery(query);
                finish(task, query);
            }
        });
    }

    /** Before the session stops (restart, close): every query stops and its action ends CANCELLED. */
    void stopAll() {
        for (Map.Entry<Long, StreamingQuery> entry : Map.copyOf(queries).entrySet()) {
            stopQuery(entry.getValue());
        }
    }

    private void finish(EngineTask<?> task, StreamingQuery query) {
        if (queries.remove(task.id(), query)) {
            watcher.forget(query.runId());
            ended(task, query.exception().isDefined() && !task.isCancelRequested() ? query.exception().get() : null);
        } else if (!task.future().isDone()) {
            ended(task, null);
        }
    }

    @SuppressWarnings("unchecked")
    private void ended(EngineTask<?> task, Throwable error) {
        EngineTask<Void> stream = (EngineTask<Void>) task;
        Throwable cause = error instanceof StreamingQueryException sqe && sqe.cause() != null ? sqe.cause() : error;
        if (task.isCancelRequested() || cause instanceof CancellationException) {
            jobs.actionEnded(task, ActionProgress.State.CANCELLED, "Stopped");
            stream.future().completeExceptionally(new CancellationException(task.label() + " was stopped"));
        } else if (cause != null) {
            String message = EngineErrors.describe(cause);
            LOG.warn("{} failed: {}", task.label(), message, cause);
            jobs.actionEnded(task, ActionProgress.State.FAILED, message);
            stream.future().completeExceptionally(cause);
        } else {
            jobs.actionEnded(task, ActionProgress.State.SUCCEEDED, "");
            stream.future().complete(null);
        }
    }

    private static void stopQuery(StreamingQuery query) {
        try {
            query.stop();
        } catch (TimeoutException | RuntimeException e) {
            LOG.warn("Stopping the streaming query {} failed", query.name(), e);
        }
    }
}

package io.sparkworkbench.engine;

import io.sparkworkbench.engine.connect.ConnectionTest;
import io.sparkworkbench.engine.connect.SecretMasking;
import io.sparkworkbench.engine.connect.SharedSecret;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the one SparkSession and the engine executor every piece of Spark work runs on.
 * Callers never wait on it: {@link #submit} returns at once with an {@link EngineTask}.
 */
public final class SparkEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SparkEngine.class);
    private static final String STOPPED = "Stopped by the user";

    private final ExecutorService lifecycle = EngineThreads.newPool("engine-session", 1);
    private final Map<EnginePool, ExecutorService> workers = newWorkers();
    /** Reading local files for the UI (sniffing an import's options): no Spark, so no session to wait for. */
    private final ExecutorService fileWork = EngineThreads.newPool("engine-files", 2);
    private final JobTracker jobs = new JobTracker();
    private final StreamActions streams = new StreamActions(jobs, workers.get(EnginePool.STREAMING));
    private static final AtomicLong ENGINES = new AtomicLong();
    private final long engineId = ENGINES.incrementAndGet();
    private final AtomicLong nextActionId = new AtomicLong(1);
    private final Map<Long, EngineTask<?>> running = new ConcurrentHashMap<>();
    private volatile CompletableFuture<SparkSession> session = new CompletableFuture<>();
    private volatile EngineStatus status = new EngineStatus(EngineStatus.State.STOPPED, "", 0, "", "Not started");
    private volatile EngineSettings settings;
    private volatile long readyMillis = -1;
    /** Set once {@link #close} begins: work ending after it was ended by the close. */
    private volatile boolean closing;
    private volatile ShufflePartitions shufflePartitions;
    /** Counts a cluster's executors and says when the cluster is gone: running and new actions fail then. */
    private final ClusterSupervision cluster = new ClusterSupervision();

    /** Starts the session in the background; the returned future completes when it is ready or failed. */
    public synchronized CompletableFuture<EngineStatus> start(EngineSettings newSettings) {
        this.settings = newSettings;
        CompletableFuture<SparkSession> next = new CompletableFuture<>();
        CompletableFuture<SparkSession> previous = session;
        session = next;
        if (!previous.isDone()) {
            // Work submitted before this start (or during one it replaces) waits on the previous future:
            // hand it this start's outcome, or it would wait forever.
            next.whenComplete((spark, error) -> {
                if (error != null) {
                    previous.completeExceptionally(error);
                } else {
                    previous.complete(spark);
                }
            });
        }
        status = EngineStatus.starting(newSettings.masterUrl());
        return CompletableFuture.supplyAsync(() -> {
            streams.stopAll();
            cluster.detach();
            stopQuietly(previous);
            SharedSecret secret = newSettings.connection().secret();
            long t0 = System.nanoTime();
            try {
                MasterProbe.requireReachable(newSettings.masterUrl());
                SparkSession spark = SparkSessions.create(newSettings, jobs);
                jobs.onCancelledJob(jobId -> spark.sparkContext().cancelJob(jobId, STOPPED));
                ShufflePartitions partitions = new ShufflePartitions(spark, this::settings);
                spark.sparkContext().addSparkListener(partitions);
                partitions.apply();
                shufflePartitions = partitions;
                if (!newSettings.isLocal()) {
                    cluster.attach(spark, newSettings.masterUrl(), this::clusterLost);
                }
                readyMillis = (System.nanoTime() - t0) / 1_000_000;
                status = SparkSessions.describe(spark);
                LOG.info("Spark {} ready on {} in {} ms; driver on {} port {}, block manager port {}", status.sparkVersion(),
                        status.master(), readyMillis, status.driverHost(), status.driverPort(), status.blockManagerPort());
                StartupTrace.mark("session_ready");
                next.complete(spark);
            } catch (Throwable e) {
                // An error may quote the conf or a command line: the secret never reaches the log or the screen.
                String reason = secret.mask(EngineErrors.describe(e));
                LOG.error("Spark session failed to start on {}", secret.mask(newSettings.masterUrl()), SecretMasking.scrub(e, secret));
                status = EngineStatus.failed(newSettings.masterUrl(), reason);
                next.completeExceptionally(new EngineException("Spark did not start: " + reason, SecretMasking.scrub(e, secret)));
            }
            return status;
        }, lifecycle);
    }

    /**
     * Settings → Connection → Test connection (and any command): asks the master without starting a
     * SparkContext. Not Spark work: it runs on a thread of its own, no engine thread, no job tag, and the
     * task completes within about 5 s.
     */
    public EngineTask<ConnectionTest.Verdict> testConnection(String masterUrl, SharedSecret secret) {
        EngineTask<ConnectionTest.Verdict> task = new EngineTask<>(-1, "Test connection to " + secret.mask(masterUrl));
        ConnectionTest.forThisApp().runAsync(masterUrl, secret).whenComplete((verdict, error) -> {
            if (error != null) {
                task.future().completeExceptionally(error);
            } else {
                task.future().complete(verdict);
            }
        });
        return task;
    }

    /** Stops the current session and starts one with the new settings. */
    public CompletableFuture<EngineStatus> restart(EngineSettings newSettings) {
        return start(newSettings);
    }

    /** The last known state, with the executors connected right now on a cluster. Never calls Spark. */
    public EngineStatus status() {
        return cluster.withExecutors(status);
    }

    public EngineSettings settings() {
        return settings;
    }

    /**
     * A warning when {@code path} is on this computer but Spark runs on a remote cluster, whose executors
     * must read it themselves; empty when the path is fine. Never blocks (no Spark call).
     */
    public java.util.Optional<String> clusterPathWarning(java.nio.file.Path path) {
        return io.sparkworkbench.engine.connect.ClusterPaths.warningFor(settings, path);
    }

    /** Milliseconds the last session start took, or -1 before one finished. */
    public long readyMillis() {
        return readyMillis;
    }

    public JobTracker jobs() {
        return jobs;
    }

    /** Waits (on the caller's thread: never call from the UI) until the session is ready. */
    public SparkSession awaitSession() {
        try {
            return session.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while waiting for Spark");
        } catch (ExecutionException e) {
            throw new EngineException(e.getCause().getMessage(), e.getCause());
        }
    }

    /** Runs {@code work} in the interactive pool under a fresh job tag. Never blocks the caller. */
    public <T> EngineTask<T> submit(String label, EngineWork<T> work) {
        return submit(label, EnginePool.INTERACTIVE, work);
    }

    /**
     * Runs {@code work} on the engine threads of {@code pool}, its Spark jobs in the scheduler pool of the
     * same name, under a fresh job tag. Never blocks the caller.
     */
    public <T> EngineTask<T> submit(String label, EnginePool pool, EngineWork<T> work) {
        EngineTask<T> task = newTask(label, pool, this::cancelJobs);
        workers.get(pool).execute(() -> runTask(task, work));
        return task;
    }

    /**
     * Starts a streaming query as its own action, in the streaming pool under its own job tag: its row in
     * the jobs panel runs while the query runs and counts its micro-batches; Stop ({@link #cancel}) stops
     * the query. The future completes when the query ends: normally when it finished by itself, with a
     * CancellationException when stopped, with the query's error when it failed. Never blocks the caller.
     */
    public EngineTask<Void> startStream(String label, StreamStart start) {
        EngineTask<Void> task = newTask(label, EnginePool.STREAMING, streams::cancel);
        workers.get(EnginePool.STREAMING).execute(() -> streams.run(task, start, this::awaitSession, () -> settings.dataFolder()));
        return task;
    }

    /**
     * Runs {@code work}, which reads local files but needs no Spark, on the engine's file threads: it does
     * not wait for the session and gets no row in the jobs panel. Cancel only drops its result.
     */
    public <T> EngineTask<T> submitFileWork(String label, java.util.concurrent.Callable<T> work) {
        EngineTask<T> task = new EngineTask<>(-1, label);
        task.onCancel(t -> t.future().completeExceptionally(new CancellationException(label + " was stopped")));
        fileWork.execute(() -> {
            try {
                task.future().complete(work.call());
            } catch (Throwable e) {
                task.future().completeExceptionally(e);
            }
        });
        return task;
    }

    private <T> EngineTask<T> newTask(String label, EnginePool pool, java.util.function.Consumer<EngineTask<?>> canceller) {
        long id = nextActionId.getAndIncrement();
        EngineTask<T> task = new EngineTask<>(id, "workbench-" + engineId + "-action-" + id, label, pool);
        jobs.actionStarted(task);
        task.onCancel(canceller);
        running.put(task.id(), task);
        task.future().whenComplete((r, e) -> running.remove(task.id()));
        return task;
    }

    /** Stop for the jobs panel, which knows actions only by id. Unknown or finished ids are ignored. */
    public void cancel(long actionId) {
        EngineTask<?> task = running.get(actionId);
        if (task != null) {
            task.cancel();
        }
    }

    /**
     * Applies settings that a running session can take (shuffle partitions). Returns false when the
     * change needs a restart instead ({@link EngineSettings#needsRestartComparedTo}).
     */
    public boolean applyWithoutRestart(EngineSettings newSettings) {
        EngineSettings current = settings;
        if (current == null || newSettings.needsRestartComparedTo(current)) {
            return false;
        }
        settings = newSettings;
        CompletableFuture<SparkSession> s = session;
        ShufflePartitions partitions = shufflePartitions;
        if (s.isDone() && !s.isCompletedExceptionally() && partitions != null) {
            partitions.apply();
        }
        return true;
    }

    private <T> void runTask(EngineTask<T> task, EngineWork<T> work) {
        EngineContext context = null;
        try {
            SparkSession spark = awaitSession();
            if (cluster.lostReason() != null) {
                throw new EngineException(cluster.lostReason());
            }
            context = new EngineContext(spark, task, settings.dataFolder());
            context.checkCancelled();
            context.tagCurrentThread();
            T result = work.run(context);
            context.checkCancelled();
            jobs.actionEnded(task, ActionProgress.State.SUCCEEDED, "");
            task.future().complete(result);
        } catch (Throwable e) {
            Throwable cause = unwrap(e);
            String lost = cluster.lostReason();
            if (closing) {
                // The app is ending (window closed, SIGTERM): whatever the work ran into as its session went away is
                // stopped work, not a failure to warn the user about on the way out.
                LOG.info("{} ended with the engine: {}", task.label(), EngineErrors.describe(cause));
                jobs.actionEnded(task, ActionProgress.State.CANCELLED, "Stopped: the app is closing");
                task.future().completeExceptionally(new CancellationException(task.label() + " was stopped: the app is closing"));
            } else if (lost != null && !task.isCancelRequested()) {
                // The jobs failed or were cancelled because the cluster went away: say that, not Spark's words.
                LOG.info("{} failed: {}", task.label(), lost);
                jobs.actionEnded(task, ActionProgress.State.FAILED, lost);
                task.future().completeExceptionally(new EngineException(lost, cause));
            } else if (task.isCancelRequested() || cause instanceof CancellationException) {
                jobs.actionEnded(task, ActionProgress.State.CANCELLED, "Stopped");
                task.future().completeExceptionally(new CancellationException(task.label() + " was stopped"));
            } else {
                String message = secretOfSession().mask(EngineErrors.describe(cause));
                if (cause instanceof EngineException) {
                    // Expected failures (bad SQL, unreadable file) are shown to the user; the log needs no trace.
                    LOG.info("{} failed: {}", task.label(), message);
                } else {
                    LOG.warn("{} failed: {}", task.label(), message, cause);
                }
                jobs.actionEnded(task, ActionProgress.State.FAILED, message);
                task.future().completeExceptionally(cause);
            }
        } finally {
            if (context != null) {
                context.untagCurrentThread();
            }
        }
    }

    private void cancelJobs(EngineTask<?> task) {
        jobs.tagCancelled(task.tag());
        CompletableFuture<SparkSession> current = session;
        if (current.isDone() && !current.isCompletedExceptionally()) {
            current.join().sparkContext().cancelJobsWithTag(task.tag(), STOPPED);
        }
    }

    private static Map<EnginePool, ExecutorService> newWorkers() {
        Map<EnginePool, ExecutorService> pools = new java.util.EnumMap<>(EnginePool.class);
        for (EnginePool pool : EnginePool.values()) {
            pools.put(pool, EngineThreads.newPool("engine-" + pool.sparkName(), pool.threads()));
        }
        return pools;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private SharedSecret secretOfSession() {
        EngineSettings current = settings;
        return current == null ? SharedSecret.none() : current.connection().secret();
    }

    /** The cluster is gone: fail what runs now (naming the master) instead of letting it wait for executors. */
    private void clusterLost(String message) {
        status = status.lost(message);
        CompletableFuture<SparkSession> current = session;
        if (current.isDone() && !current.isCompletedExceptionally()) {
            try {
                current.join().sparkContext().cancelAllJobs();
            } catch (RuntimeException e) {
                LOG.warn("Cancelling the jobs of the lost cluster failed", e);
            }
        }
    }

    private static void stopQuietly(CompletableFuture<SparkSession> previous) {
        if (previous.isDone() && !previous.isCompletedExceptionally()) {
            try {
                previous.join().stop();
                SparkSession.clearActiveSession();
                SparkSession.clearDefaultSession();
            } catch (RuntimeException e) {
                LOG.warn("Stopping the previous Spark session failed", e);
            }
        }
    }

    /** Cancels everything and stops the session; safe to call twice (also from a shutdown hook). */
    @Override
    public void close() {
        closing = true;
        // Streams first: stopping a query lets its batch finish its checkpoint instead of dying mid-write.
        streams.stopAll();
        fileWork.shutdownNow();
        workers.values().forEach(ExecutorService::shutdownNow);
        CompletableFuture<SparkSession> current = session;
        cluster.detach();
        stopQuietly(current);
        cluster.close();
        status = new EngineStatus(EngineStatus.State.STOPPED, status.master(), 0, status.sparkVersion(), "Stopped");
        lifecycle.shutdown();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            for (ExecutorService pool : workers.values()) {
                pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.sparkworkbench.engine.stream.session;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineErrors;
import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.EngineThreads;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.stream.learn.LiveLearning;
import io.sparkworkbench.engine.stream.query.LiveInput;
import io.sparkworkbench.engine.stream.query.LiveStreamConfig;
import io.sparkworkbench.engine.stream.query.LiveStreamService;
import io.sparkworkbench.engine.stream.query.LiveTrigger;
import io.sparkworkbench.engine.stream.query.QueryStatus;
import io.sparkworkbench.engine.stream.source.LiveSource;
import io.sparkworkbench.engine.stream.source.StreamSourceSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one object the live tab drives: a source (the simulator, a replay of the data set, the user's folder) feeding
 * every live query of {@link LiveStreamService} through {@link LiveSource#open}, with the watched folder swept as the
 * queries commit. Start, stop, rate, flash sale and trigger return at once; the results reach the tab as one
 * immutable {@link LiveSnapshot} re-taken {@value #SAMPLE_MILLIS} ms apart on the session's own thread, so the
 * JavaFX thread reads a field and never waits on Spark or on a lock the queries hold.
 *
 * <p>Stopping keeps every query's checkpoint: the next start of the same source resumes from them (nothing lost or
 * counted twice, ADR 0028). A query whose checkpoint cannot serve it is reported with {@code needsFreshStart}, and
 * {@link #startFresh(String)} is the way out for that one query.
 */
public final class LiveSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSession.class);
    static final long SAMPLE_MILLIS = 100;

    private final SparkEngine engine;
    private final LongSupplier clock;
    private final ScheduledExecutorService worker = java.util.concurrent.Executors.newScheduledThreadPool(1,
            EngineThreads.factory("live-session"));
    private final AtomicReference<LiveSnapshot> snapshot = new AtomicReference<>(LiveSnapshot.initial());
    private final SnapshotSampler sampler = new SnapshotSampler();
    private volatile LiveStreamConfig config;
    private volatile Path datasetFolder;
    private volatile int rate;
    private volatile LiveSnapshot.State state = LiveSnapshot.State.IDLE;
    private volatile String message = "";
    /** The running source and service; replaced whole by a start, read by the sampler. */
    private volatile Run run;
    private volatile EngineTask<Void> starting;
    private volatile CompletableFuture<Void> stopping;

    /** @param liveSinceMs when the source began in event time: the simulator stamps events with the wall clock */
    /** @param learning the online segments, or null when no data set is open (nothing to score the customers with) */
    private record Run(LiveSourceChoice choice, SourceRun source, LiveStreamService service, LiveLearning learning, long liveSinceMs,
                       ProductNames productNames) {
    }

    /** @param clock wall clock in epoch milliseconds: event times and fresh ids come from it */
    public LiveSession(SparkEngine engine, LiveStreamConfig config, LongSupplier clock) {
        this.engine = engine;
        this.config = config;
        this.clock = clock;
        worker.scheduleWithFixedDelay(this::sample, 0, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The app's session: 1 s trigger, one-minute watermark, 30 s session gap (ADR 0031), the wall clock. */
    public static LiveSession forApp(SparkEngine engine) {
        return new LiveSession(engine, LiveStreamConfig.defaults().withSessionGap(Duration.ofSeconds(30)), System::currentTimeMillis);
    }

    /**
     * The app's settings under a scope of their own: its checkpoints and watched folder never meet the Live tab's, so
     * a command run while the window streams does not resume or sweep the tab's queries.
     */
    public static LiveSession scoped(SparkEngine engine, String scope) {
        return new LiveSession(engine, LiveStreamConfig.defaults().withSessionGap(Duration.ofSeconds(30)).withScope(scope),
                System::currentTimeMillis);
    }

    /** The open data set's folder: the simulator's customers and segments come from its manifest. */
    public void datasetOpened(Path folder) {
        this.datasetFolder = folder;
    }

    /**
     * Starts {@code choice}: checks the source and opens it (Spark jobs under the action's tag: Stop reaches them),
     * then starts every live query on it from its checkpoint and the source's writer. Fails with a message naming
     * the problem (no data set open, a folder missing or whose files do not parse) and leaves nothing running.
     */
    public synchronized EngineTask<Void> start(LiveSourceChoice choice) {
        if (state == LiveSnapshot.State.STARTING || state == LiveSnapshot.State.RUNNING || state == LiveSnapshot.State.STOPPING) {
            throw new IllegalStateException("The live session is " + state.name().toLowerCase(java.util.Locale.ROOT) + ": stop it first");
        }
        state = LiveSnapshot.State.STARTING;
        message = "Starting the " + choice.label() + "…";
        if (choice instanceof LiveSourceChoice.Simulator s) {
            rate = s.eventsPerSecond();
        }
        EngineTask<Void> task = engine.submit("Live: start the " + choice.label(), ctx -> {
            open(ctx, choice);
            return null;
        });
        starting = task;
        task.future().whenComplete((ok, error) -> started(task, error));
        return task;
    }

    private void open(EngineContext ctx, LiveSourceChoice choice) throws Exception {
        SourceRun source;
        if (choice instanceof LiveSourceChoice.Simulator s) {
            source = SimulatorRun.open(ctx, folderName(SimulatorRun.FOLDER_NAME), datasetFolder, s, clock);
        } else if (choice instanceof LiveSourceChoice.Replay r) {
            source = ReplayRun.open(engine, ctx, folderName(ReplayRun.FOLDER_NAME), r, clock);
        } else {
            FolderRun folder = new FolderRun((LiveSourceChoice.Folder) choice);
            FolderCheck.check(ctx.spark(), folder.spec());
            source = folder;
        }
        ctx.checkCancelled();
        ProductNames names = ProductNames.load(ctx.spark());
        StreamSourceSpec spec = source.spec().validate();
        LiveInput input = spark -> LiveSource.open(spark, spec);
        LiveStreamConfig scoped = config.withScope(scopeOf(choice));
        LiveStreamService service = new LiveStreamService(engine, input, scoped);
        Path dataset = datasetFolder;
        LiveLearning learning = dataset == null ? null : new LiveLearning(engine, input, scoped, DatasetKey.of(dataset));
        List<Path> consumers = new ArrayList<>(checkpoints(ctx.dataFolder(), service));
        if (learning != null) {
            // The sweeper must not delete a file the learning query has not committed either.
            consumers.add(ctx.dataFolder().resolve("checkpoints").resolve(learning.queryName()));
        }
        source.consumers(consumers);
        synchronized (this) {
            ctx.checkCancelled();
            run = new Run(choice, source, service, learning,
                    choice instanceof LiveSourceChoice.Simulator ? clock.getAsLong() : Long.MIN_VALUE, names);
            source.start();
            service.startAll();
            if (learning != null) {
                // Files wait for the learning query while it fits its model (it reads the backlog since Start); one that
                // failed will read nothing more this run, so it stops holding files back (ADR 0036).
                List<Path> withoutLearning = List.copyOf(checkpoints(ctx.dataFolder(), service));
                learning.onEnded(status -> {
                    if (status.state() == QueryStatus.State.FAILED) {
                        LOG.info("{} failed: the watched folder is swept for the other live queries alone", status.queryName());
                        source.consumers(withoutLearning);
                    }
                });
                learning.start();
            }
        }
    }

    private synchronized void started(EngineTask<Void> task, Throwable error) {
        if (starting != task) {
            return;
        }
        starting = null;
        if (error == null) {
            state = LiveSnapshot.State.RUNNING;
            message = "";
            return;
        }
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        boolean stopped = task.isCancelRequested() || cause instanceof java.util.concurrent.CancellationException;
        state = stopped ? LiveSnapshot.State.IDLE : LiveSnapshot.State.FAILED;
        message = stopped ? "Start stopped" : "The live stream did not start: " + EngineErrors.describe(cause);
        if (!stopped) {
            LOG.warn("Live session did not start: {}", message, cause);
        }
        Run half = run;
        if (half != null) {
            // Cancelled between the queries' start and the end of the action: stop what did start, off this thread.
            worker.execute(() -> stopRun(half));
        }
    }

    /**
     * The queries' scope for a source: the source's own, after the session's (empty in the app; a test's word in tests,
     * so tests sharing a data folder never resume each other's checkpoints).
     */
    String scopeOf(LiveSourceChoice choice) {
        String base = config.scope();
        return base.isEmpty() ? choice.scope() : base + "-" + choice.scope();
    }

    /** The watched folder's name under {@code streams/}: the source's, after the session's scope when it has one. */
    private String folderName(String source) {
        String base = config.scope();
        return base.isEmpty() ? source : base + "-" + source;
    }

    /** Checkpoint folders of the service's queries, as {@code EngineContext.checkpointFolder} names them. */
    private static List<Path> checkpoints(Path dataFolder, LiveStreamService service) {
        return service.status().stream().map(s -> dataFolder.resolve("checkpoints").resolve(s.queryName())).toList();
    }

    /**
     * Stops the source (its last events are written), then every query (each keeps its checkpoint), then sweeps the
     * files all queries committed. Completes when all of that is done; a stop while starting cancels the start.
     */
    public synchronized CompletableFuture<Void> stop() {
        EngineTask<Void> pending = starting;
        if (pending != null) {
            pending.cancel();
            return pending.future().handle((v, e) -> null).thenCompose(v -> stop());
        }
        if (state == LiveSnapshot.State.STOPPING && stopping != null) {
            return stopping;
        }
        Run current = run;
        if (current == null || state != LiveSnapshot.State.RUNNING || worker.isShutdown()) {
            // Nothing runs (never started, stopped, a start that failed and stopped its half) or a stop is under way.
            return CompletableFuture.completedFuture(null);
        }
        state = LiveSnapshot.State.STOPPING;
        message = "Stopping…";
        stopping = CompletableFuture.runAsync(() -> stopRun(current), worker).whenComplete((v, e) -> {
            synchronized (this) {
                state = e == null ? LiveSnapshot.State.IDLE : LiveSnapshot.State.FAILED;
                message = e == null ? "Stopped; Start resumes every query from its checkpoint"
                        : "Stopping the live stream failed: " + EngineErrors.describe(e.getCause() == null ? e : e.getCause());
            }
        });
        return stopping;
    }

    private void stopRun(Run current) {
        try {
            current.source().stop();
            CompletableFuture<Void> learningStopped = current.learning() == null ? CompletableFuture.completedFuture(null)
                    : current.learning().stop();
            current.service().stopAll().get(2, TimeUnit.MINUTES);
            learningStopped.get(2, TimeUnit.MINUTES);
            current.source().sweep();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("Interrupted while stopping the live stream", e);
        } catch (Exception e) {
            throw new EngineException("The live queries did not stop: " + EngineErrors.describe(e), e);
        }
    }

    /** The simulator's rate from its next step (and for the next start). */
    public void setRate(int eventsPerSecond) {
        LiveSourceChoice.Simulator.at(eventsPerSecond);
        rate = eventsPerSecond;
        Run current = run;
        if (current != null && state == LiveSnapshot.State.RUNNING) {
            current.source().setRate(eventsPerSecond);
        }
    }

    /** A flash sale in the running simulator; refused when the simulator is not what runs. */
    public void flashSale() {
        Run current = run;
        if (current == null || state != LiveSnapshot.State.RUNNING || !(current.choice() instanceof LiveSourceChoice.Simulator)) {
            throw new EngineException("A flash sale needs the simulator running: start it first");
        }
        current.source().flashSale();
    }

    /** A new trigger interval; running queries restart with it from their checkpoints. */
    public synchronized CompletableFuture<Void> changeTrigger(Duration interval) {
        LiveTrigger trigger = LiveTrigger.every(interval);
        config = config.withTrigger(trigger);
        Run current = run;
        if (current != null && state == LiveSnapshot.State.RUNNING) {
            CompletableFuture<Void> learning = current.learning() == null ? CompletableFuture.completedFuture(null)
                    : current.learning().changeTrigger(trigger);
            return CompletableFuture.allOf(current.service().changeTrigger(trigger), learning);
        }
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Puts the online segment centres back on the batch model's: the next snapshot shows it, and the returned future
     * completes once that is saved beside the learning query's checkpoint.
     */
    public CompletableFuture<Void> resetToBatch() {
        Run current = run;
        if (current == null || current.learning() == null || state != LiveSnapshot.State.RUNNING) {
            throw new EngineException("Start the live stream on an open data set before resetting the online centres");
        }
        return current.learning().resetToBatch().future();
    }

    /** Deletes one query's checkpoint and starts it again (its checkpoint could not serve it). */
    public synchronized EngineTask<Void> startFresh(String view) {
        Run current = run;
        if (current == null || state != LiveSnapshot.State.RUNNING) {
            throw new EngineException("Start the live stream before starting " + view + " fresh");
        }
        return current.service().startFresh(view);
    }

    public LiveSnapshot snapshot() {
        return snapshot.get();
    }

    public LiveStreamConfig config() {
        return config;
    }

    public int rate() {
        return rate;
    }

    private void sample() {
        try {
            Run current = run;
            LiveSnapshot next = current == null ? sampler.idle(state, message) : sampler.take(state, message, current.source().status(),
                    current.service(), current.learning(), current.liveSinceMs(), current.productNames());
            snapshot.set(sampler.versioned(snapshot.get(), next));
        } catch (RuntimeException e) {
            // Never let the sampler's schedule die: the next sample tries again.
            LOG.warn("Live snapshot failed: {}", e.getMessage(), e);
        }
    }

    /** Stops everything and the sampler; blocks until the queries have ended (the window is closing). */
    @Override
    public void close() {
        try {
            stop().get(3, TimeUnit.MINUTES);
        } catch (Exception e) {
            LOG.warn("Live session did not stop cleanly: {}", e.getMessage(), e);
        } finally {
            worker.shutdownNow();
        }
    }

    /** Whether any live query of this session is still running (tests, the shutdown). */
    public boolean anyQueryRunning() {
        Run current = run;
        if (current == null) {
            return false;
        }
        List<QueryStatus> all = new ArrayList<>(current.service().status());
        if (current.learning() != null) {
            all.add(current.learning().status());
        }
        return all.stream().anyMatch(s -> s.state() == QueryStatus.State.RUNNING || s.state() == QueryStatus.State.STARTING);
    }
}

package io.sparkworkbench.engine.stream.query;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The live tab's engine side: the five live queries ({@link #VIEWS}), each its own streaming query with its
 * own checkpoint and jobs-panel row (started through {@link SparkEngine#startStream}), their latest state as
 * plain records and as views, their metrics, and the event-rate alert. Every method returns at once; the
 * snapshots and statuses are read from memory, never from Spark or the disk, so the UI may call them each
 * frame.
 */
public final class LiveStreamService {

    public static final List<String> VIEWS = List.of(EventCountsQuery.VIEW, RevenueQuery.VIEW, TopProductsQuery.VIEW,
            FunnelQuery.VIEW, SessionsQuery.VIEW);

    private final SparkEngine engine;
    private final LiveInput input;
    private final LiveProgress progress = new LiveProgress();
    private final Map<String, LiveQueryRun> runs = new LinkedHashMap<>();
    private final Map<String, EngineTask<Void>> tasks = new LinkedHashMap<>();
    /** Per query: completes once its last start has ended and its status says so. */
    private final Map<String, CompletableFuture<Void>> ended = new LinkedHashMap<>();
    private volatile LiveStreamConfig config;

    public LiveStreamService(SparkEngine engine, LiveInput input, LiveStreamConfig config) {
        this(engine, input, config, List.of(new EventCountsQuery(), new RevenueQuery(), new TopProductsQuery(), new FunnelQuery(),
                new SessionsQuery()));
    }

    /** With other queries under the same names (tests: a query changed under its old checkpoint). */
    LiveStreamService(SparkEngine engine, LiveInput input, LiveStreamConfig config, List<LiveQuery> queries) {
        this.engine = engine;
        this.input = input;
        this.config = config;
        for (LiveQuery q : queries) {
            runs.put(q.viewName(), new LiveQueryRun(q, config.scope()));
        }
    }

    /** Starts every query that is not running, each from its checkpoint. */
    public synchronized void startAll() {
        runs.keySet().forEach(view -> start(view, false));
    }

    /** Starts one query ({@code view} names it) from its checkpoint; nothing happens if it runs already. */
    public synchronized EngineTask<Void> start(String view) {
        return start(view, false);
    }

    /**
     * Deletes the query's checkpoint and saved state and starts it again: the way out when
     * {@link QueryStatus#needsFreshStart()} (its old checkpoint cannot serve it). It counts the input again
     * from the first file the source still has.
     */
    public synchronized EngineTask<Void> startFresh(String view) {
        EngineTask<Void> running = runningTask(view);
        if (running != null) {
            throw new IllegalStateException(view + " is running: stop it before starting it fresh");
        }
        return start(view, true);
    }

    private EngineTask<Void> start(String view, boolean fresh) {
        LiveQueryRun run = run(view);
        EngineTask<Void> running = runningTask(view);
        if (running != null) {
            return running;
        }
        LiveStreamConfig current = config;
        run.starting();
        EngineTask<Void> task = engine.startStream(run.query().label(), ctx -> run.start(ctx, input, current, fresh, progress));
        tasks.put(view, task);
        ended.put(view, task.future().handle((ignored, error) -> {
            run.ended(error, task.isCancelRequested() || error instanceof java.util.concurrent.CancellationException);
            return null;
        }));
        return task;
    }

    /** Stops every running query (each ends its batch and keeps its checkpoint); completes when all have ended. */
    public synchronized CompletableFuture<Void> stopAll() {
        for (EngineTask<Void> task : tasks.values()) {
            if (!task.future().isDone()) {
                engine.cancel(task.id());
            }
        }
        return whenAllEnded();
    }

    /** Completes when every query started so far has ended (an available-now run finishes by itself). */
    public synchronized CompletableFuture<Void> whenAllEnded() {
        return CompletableFuture.allOf(ended.values().toArray(CompletableFuture[]::new));
    }

    /**
     * A new trigger interval. A running query cannot change its trigger, so the running ones stop and start
     * again with it, from their checkpoints (nothing is lost or counted twice).
     */
    public synchronized CompletableFuture<Void> changeTrigger(LiveTrigger trigger) {
        config = config.withTrigger(trigger);
        List<String> wereRunning = runs.keySet().stream().filter(v -> runningTask(v) != null).toList();
        return stopAll().thenRun(() -> {
            synchronized (this) {
                wereRunning.forEach(v -> start(v, false));
            }
        });
    }

    public LiveStreamConfig config() {
        return config;
    }

    /** Every query's status, in {@link #VIEWS} order. */
    public List<QueryStatus> status() {
        return runs.values().stream().map(LiveQueryRun::status).toList();
    }

    public QueryStatus status(String view) {
        return run(view).status();
    }

    public EventCounts eventCounts() {
        return EventCountsQuery.snapshot(run(EventCountsQuery.VIEW).table());
    }

    public Revenue revenue() {
        return RevenueQuery.snapshot(run(RevenueQuery.VIEW).table());
    }

    public TopProducts topProducts() {
        return TopProductsQuery.snapshot(run(TopProductsQuery.VIEW).table());
    }

    public Funnel funnel() {
        return FunnelQuery.snapshot(run(FunnelQuery.VIEW).table());
    }

    public Sessions sessions() {
        return SessionsQuery.snapshot(run(SessionsQuery.VIEW).table());
    }

    /** The event-rate alert over the event counts' windows (computed here, on the caller's thread, from memory). */
    public RateAlert rateAlert() {
        return RateAlert.evaluate(eventCounts(), config.alertFactor());
    }

    /** The rate alert with the history starting at {@code liveSinceMs}, when the source began (event time). */
    public RateAlert rateAlert(long liveSinceMs) {
        return RateAlert.evaluate(eventCounts(), config.alertFactor(), liveSinceMs);
    }

    /** The last batches' metrics of one query, oldest first (at most 300). */
    public List<BatchMetrics> metrics(String view) {
        return run(view).metrics().batches();
    }

    LiveQueryRun run(String view) {
        LiveQueryRun run = runs.get(view);
        if (run == null) {
            throw new IllegalArgumentException("No live query '" + view + "': the live queries are " + VIEWS);
        }
        return run;
    }

    private EngineTask<Void> runningTask(String view) {
        EngineTask<Void> task = tasks.get(view);
        return task == null || task.future().isDone() ? null : task;
    }
}

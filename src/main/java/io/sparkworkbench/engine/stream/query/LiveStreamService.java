package io.sparkworkbench.engine.stream.query;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The live tab's engine side: the live streaming queries ({@link #QUERIES}: the four window charts folded by one, the
 * sessions by another; ADR 0055), each with its own checkpoint and jobs-panel row (started through
 * {@link SparkEngine#startStream}), the latest state of the five charts as plain records and as views ({@link #VIEWS}),
 * the queries' metrics, and the event-rate alert. A query is named by its own name or by any view it keeps. Every
 * method returns at once; the snapshots and statuses are read from memory, never from Spark or the disk, so the UI may
 * call them each frame.
 */
public final class LiveStreamService {

    public static final List<String> VIEWS = List.of(EventCountsQuery.VIEW, RevenueQuery.VIEW, TopProductsQuery.VIEW,
            FunnelQuery.VIEW, SessionsQuery.VIEW);
    /** The streaming queries behind {@link #VIEWS}, in the order {@link #status()} lists them. */
    public static final List<String> QUERIES = List.of(ChartsQuery.NAME, SessionsQuery.VIEW);

    private final SparkEngine engine;
    private final LiveInput input;
    private final LiveProgress progress = new LiveProgress();
    private final Map<String, LiveQueryRun> runs = new LinkedHashMap<>();
    /** Every view and query name → the run that keeps it. */
    private final Map<String, LiveQueryRun> byName = new LinkedHashMap<>();
    private final Map<String, EngineTask<Void>> tasks = new LinkedHashMap<>();
    /** Per query: completes once its last start has ended and its status says so. */
    private final Map<String, CompletableFuture<Void>> ended = new LinkedHashMap<>();
    private volatile LiveStreamConfig config;

    public LiveStreamService(SparkEngine engine, LiveInput input, LiveStreamConfig config) {
        this(engine, input, config, List.of(new ChartsQuery(), new SessionsQuery()));
    }

    /** With other queries (tests: a query changed under its old checkpoint; the benchmark: the five separate queries of old). */
    LiveStreamService(SparkEngine engine, LiveInput input, LiveStreamConfig config, List<? extends LiveStream> queries) {
        this.engine = engine;
        this.input = input;
        this.config = config;
        for (LiveStream q : queries) {
            LiveQueryRun run = new LiveQueryRun(q, config);
            runs.put(q.name(), run);
            byName.put(q.name(), run);
            q.views().forEach(view -> byName.put(view, run));
        }
    }

    /** Each chart its own Spark aggregation, as before ADR 0055: the benchmark's peer of the fold. */
    static LiveStreamService separateQueries(SparkEngine engine, LiveInput input, LiveStreamConfig config) {
        return new LiveStreamService(engine, input, config, List.of(new EventCountsQuery(), new RevenueQuery(), new TopProductsQuery(),
                new FunnelQuery(), new SessionsQuery()));
    }

    /** Starts every query that is not running, each from its checkpoint. */
    public synchronized void startAll() {
        runs.keySet().forEach(view -> start(view, false));
    }

    /** Starts every query that is not running afresh (each deletes its checkpoint; a fixed workload counted from its first file). */
    public synchronized void startAllFresh() {
        runs.keySet().forEach(name -> start(name, true));
    }

    /** Starts one query ({@code view} names it, or one of its views) from its checkpoint; nothing happens if it runs already. */
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
        String name = run.query().name();
        EngineTask<Void> running = runningTask(name);
        if (running != null) {
            return running;
        }
        LiveStreamConfig current = config;
        run.starting();
        EngineTask<Void> task = engine.startStream(run.query().label(), ctx -> run.start(ctx, input, current, fresh, progress));
        tasks.put(name, task);
        ended.put(name, task.future().handle((ignored, error) -> {
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

    /** Every query's status, in {@link #QUERIES} order. */
    public List<QueryStatus> status() {
        return runs.values().stream().map(LiveQueryRun::status).toList();
    }

    public QueryStatus status(String view) {
        return run(view).status();
    }

    public EventCounts eventCounts() {
        return EventCountsQuery.snapshot(table(EventCountsQuery.VIEW));
    }

    public Revenue revenue() {
        return RevenueQuery.snapshot(table(RevenueQuery.VIEW));
    }

    public TopProducts topProducts() {
        return TopProductsQuery.snapshot(table(TopProductsQuery.VIEW));
    }

    public Funnel funnel() {
        return FunnelQuery.snapshot(table(FunnelQuery.VIEW));
    }

    public Sessions sessions() {
        return SessionsQuery.snapshot(table(SessionsQuery.VIEW));
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

    /** The names of the streaming queries this service runs, in {@link #status()} order. */
    public List<String> queryNames() {
        return List.copyOf(runs.keySet());
    }

    /** The run of the query {@code name} names, or of the query that keeps the view {@code name}. */
    LiveQueryRun run(String name) {
        LiveQueryRun run = byName.get(name);
        if (run == null) {
            throw new IllegalArgumentException("No live query or view '" + name + "': the live queries are " + runs.keySet()
                    + ", their views " + VIEWS);
        }
        return run;
    }

    WindowTable table(String view) {
        return run(view).state().table(view).orElseThrow(() -> new IllegalArgumentException("No live view '" + view + "'"));
    }

    private EngineTask<Void> runningTask(String view) {
        EngineTask<Void> task = tasks.get(run(view).query().name());
        return task == null || task.future().isDone() ? null : task;
    }
}

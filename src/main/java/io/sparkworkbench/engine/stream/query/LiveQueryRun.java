package io.sparkworkbench.engine.stream.query;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.unix_millis;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.FileTrees;
import io.sparkworkbench.engine.stream.LiveEventSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StateOperatorProgress;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One live query's life in the service: its driver-side table (which outlives stops and restarts of the
 * query), its metrics, and how it starts: from its checkpoint, the table reloaded from the snapshot beside it.
 */
final class LiveQueryRun {

    private static final Logger LOG = LoggerFactory.getLogger(LiveQueryRun.class);
    static final String OBSERVED = "emitted";
    private static final int METRICS_KEPT = 300;

    private final LiveStream query;
    private final String queryName;
    private final String scope;
    private final LiveState state;
    private final MetricsSeries metrics = new MetricsSeries(METRICS_KEPT);
    /** Batch id → when its result was in the table; read by the progress listener, which comes after. */
    private final ConcurrentSkipListMap<Long, Long> resultAt = new ConcurrentSkipListMap<>();
    /** Batch id → what folding it did (its late events, its watermark, what it added to the counts). */
    private final ConcurrentSkipListMap<Long, LiveState.BatchOutcome> outcomes = new ConcurrentSkipListMap<>();
    /** The progress already in the series: the listener bus and the end-of-query reconciliation both offer it. */
    private final RecordedProgress recorded = new RecordedProgress(1_024);
    private volatile LiveSink sink;
    private volatile StreamingQuery current;
    private volatile Path checkpoint;
    private volatile QueryStatus.State lifecycle = QueryStatus.State.NOT_STARTED;
    private volatile String message = "";
    private volatile boolean needsFreshStart;

    LiveQueryRun(LiveStream query, LiveStreamConfig config) {
        this.query = query;
        this.queryName = scoped(query.checkpointName(), config.scope());
        this.scope = config.scope();
        this.state = query.newState(config);
    }

    /** Runs on the streaming pool's engine thread (never the UI's): reads the snapshot, starts the query. */
    StreamingQuery start(EngineContext ctx, LiveInput input, LiveStreamConfig config, boolean fresh, LiveProgress progress) throws Exception {
        SparkSession spark = ctx.spark();
        deleteRetired(ctx);
        Path folder = ctx.checkpointFolder(queryName);
        checkpoint = folder;
        if (fresh) {
            LOG.info("{}: starting fresh, deleting its checkpoint {}", queryName, folder);
            FileTrees.deleteQuietly(folder);
            folder = ctx.checkpointFolder(queryName);
        }
        SnapshotFile file = new SnapshotFile(folder);
        restore(file);
        LiveSink newSink = new LiveSink(queryName, state, file, spark, this::resultAvailable);
        newSink.registerViews();
        sink = newSink;
        progress.attachTo(spark);
        Dataset<Row> events = observeEmitted(input.open(spark));
        String checkpointPath = folder.toString();
        StreamingQuery started = LiveQueryConf.start(spark, () -> query.aggregate(events, config).writeStream()
                .queryName(queryName)
                .outputMode(query.outputMode())
                .option("checkpointLocation", checkpointPath)
                .trigger(config.trigger().toSpark())
                .foreachBatch(newSink)
                .start());
        progress.track(started.id(), this);
        current = started;
        lifecycle = QueryStatus.State.RUNNING;
        message = "";
        needsFreshStart = false;
        return started;
    }

    private static String scoped(String name, String scope) {
        return scope.isEmpty() ? name : name + "-" + scope;
    }

    /**
     * Deletes what an earlier version of the query left under a name it no longer uses: that state can never be
     * resumed (it meant something else), and the sweeper no longer waits for it, so it would only take disk.
     */
    private void deleteRetired(EngineContext ctx) {
        for (String retired : query.retiredCheckpointNames()) {
            Path old = ctx.dataFolder().resolve("checkpoints").resolve(scoped(retired, scope));
            if (java.nio.file.Files.exists(old)) {
                LOG.info("{}: deleting the checkpoint {} an earlier version of the query left (its state cannot serve this one)",
                        queryName, old);
                FileTrees.deleteQuietly(old);
            }
        }
    }

    private void restore(SnapshotFile file) {
        try {
            Optional<byte[]> stored = file.read();
            if (stored.isPresent()) {
                state.restore(stored.get());
            } else {
                state.clear();
            }
        } catch (IOException e) {
            throw new EngineException("The live query " + queryName + " cannot read its saved state " + file.path() + ": " + e.getMessage()
                    + ". Start it fresh to delete this query's checkpoint.", e);
        }
    }

    /**
     * The latency percentiles' accuracy: rank error 1/500 of a batch, far finer than the 5% steps reported, and a
     * twentieth of the summary Spark's default (10,000) keeps per task, which every event of every query fed.
     */
    static final int LATENCY_ACCURACY = 500;

    /**
     * Percentiles of when the batch's events were written, computed by Spark over each batch's input and
     * reported in its progress: the raw input's times, before any window or filter drops a row.
     */
    static Dataset<Row> observeEmitted(Dataset<Row> events) {
        Column emitted = unix_millis(col(LiveEventSchema.EMITTED_TS));
        Column[] fractions = new Column[LatencyProfile.STEPS + 1];
        for (int i = 0; i <= LatencyProfile.STEPS; i++) {
            fractions[i] = lit((double) i / LatencyProfile.STEPS);
        }
        return events.observe(OBSERVED, count(lit(1)).as("events"), percentile_approx(emitted, array(fractions), lit(LATENCY_ACCURACY)).as("emitted"));
    }

    private void resultAvailable(long batchId, LiveState.BatchOutcome outcome) {
        resultAt.put(batchId, System.currentTimeMillis());
        if (outcome != null) {
            outcomes.put(batchId, outcome);
        }
        while (resultAt.size() > 64) {
            resultAt.pollFirstEntry();
        }
        while (outcomes.size() > 64) {
            outcomes.pollFirstEntry();
        }
    }

    /** From the listener bus, after the batch (or from the ended query's own list): one point of the metrics series. */
    void recordProgress(StreamingQueryProgress p) {
        if (!recorded.firstTime(p)) {
            return;
        }
        long stateRows = 0;
        long dropped = 0;
        for (StateOperatorProgress op : p.stateOperators()) {
            stateRows += op.numRowsTotal();
            dropped += op.numRowsDroppedByWatermark();
        }
        long started = parseInstant(p.timestamp());
        Long done = resultAt.remove(p.batchId());
        long resultMs = done != null ? done : started + p.batchDuration();
        LiveState.BatchOutcome outcome = outcomes.remove(p.batchId());
        LiveState.StateFigures figures = new LiveState.StateFigures(stateRows, dropped, -1, watermark(p.eventTime()));
        if (outcome != null) {
            figures = outcome.over(figures, p.numInputRows(), query.countsEvents());
        }
        metrics.add(new BatchMetrics(p.batchId(), started, p.numInputRows(), p.inputRowsPerSecond(), p.processedRowsPerSecond(),
                p.batchDuration(), figures.stateRows(), figures.droppedByWatermark(), figures.lateEvents(), figures.watermarkMs(),
                latency(p.observedMetrics().get(OBSERVED), resultMs)));
    }

    private static LatencyProfile latency(Row observed, long resultMs) {
        if (observed == null || observed.isNullAt(0) || observed.getLong(0) == 0 || observed.isNullAt(1)) {
            return null;
        }
        List<Object> emitted = observed.getList(1);
        long[] latency = new long[emitted.size()];
        for (int i = 0; i < latency.length; i++) {
            // The newest write (highest emitted quantile) waited least.
            latency[i] = Math.max(0, resultMs - ((Number) emitted.get(latency.length - 1 - i)).longValue());
        }
        return new LatencyProfile(observed.getLong(0), latency);
    }

    private static long watermark(Map<String, String> eventTime) {
        String w = eventTime == null ? null : eventTime.get("watermark");
        long ms = w == null ? -1 : parseInstant(w);
        return ms <= 0 ? -1 : ms;
    }

    private static long parseInstant(String text) {
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The query's action ended: stopped, finished (available-now) or failed (maybe with an incompatible checkpoint). */
    void ended(Throwable error, boolean stopped) {
        catchUpWithTheListenerBus();
        if (stopped) {
            lifecycle = QueryStatus.State.STOPPED;
            message = "";
        } else if (error == null) {
            lifecycle = QueryStatus.State.FINISHED;
            message = "";
        } else {
            lifecycle = QueryStatus.State.FAILED;
            Optional<String> incompatible = CheckpointProblem.explain(error, queryName, checkpoint);
            needsFreshStart = incompatible.isPresent();
            message = incompatible.orElseGet(() -> queryName + " failed: " + io.sparkworkbench.engine.EngineErrors.describe(error));
        }
    }

    /**
     * The listener bus delivers progress asynchronously, often after the query has ended; a status that says
     * FINISHED or STOPPED must already hold every batch's figures, so they are taken from the query itself, which
     * keeps its recent progress in order. The bus's late copies are then ignored.
     */
    private void catchUpWithTheListenerBus() {
        StreamingQuery q = current;
        if (q == null) {
            return;
        }
        for (StreamingQueryProgress p : q.recentProgress()) {
            recordProgress(p);
        }
    }

    void starting() {
        lifecycle = QueryStatus.State.STARTING;
        message = "";
    }

    QueryStatus status() {
        Path folder = checkpoint;
        return new QueryStatus(query.name(), queryName, lifecycle, message, state.lastBatchId(), metrics.droppedByWatermark(),
                query.countsEvents() ? metrics.lateEvents() : -1, metrics.inputRows(), needsFreshStart, folder == null ? "" : folder.toString());
    }

    LiveStream query() {
        return query;
    }

    String queryName() {
        return queryName;
    }

    LiveState state() {
        return state;
    }

    MetricsSeries metrics() {
        return metrics;
    }

    /** The sink of the last start (tests replay batches through it). */
    LiveSink sink() {
        return sink;
    }
}

package io.sparkworkbench.engine.stream.learn;

import static org.apache.spark.sql.functions.col;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineErrors;
import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.EnginePool;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.FileTrees;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.features.FeatureTable;
import io.sparkworkbench.engine.ml.segment.ScoringModel;
import io.sparkworkbench.engine.ml.segment.SegmentationModels;
import io.sparkworkbench.engine.ml.segment.SegmentationPipeline;
import io.sparkworkbench.engine.ml.segment.SegmentationService;
import io.sparkworkbench.engine.stream.LiveEventSchema;
import io.sparkworkbench.engine.stream.query.LiveInput;
import io.sparkworkbench.engine.stream.query.LiveQueryConf;
import io.sparkworkbench.engine.stream.query.LiveStreamConfig;
import io.sparkworkbench.engine.stream.query.LiveTrigger;
import io.sparkworkbench.engine.stream.query.QueryStatus;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online learning on the live stream, the facade a live session holds beside {@link
 * io.sparkworkbench.engine.stream.query.LiveStreamService}: one streaming query ({@value #VIEW}, its own
 * checkpoint and jobs-panel row) that scores every micro-batch's known customers with the data set's saved
 * segmentation (or one fitted on the spot, {@link LiveSegments#fittedOnTheSpot()}), keeps the live segment mix
 * per window, and moves the segment centres online ({@link OnlineCentres}). It is its own class, not a sixth
 * query inside the service, because it needs the open data set (its key picks the saved model and
 * {@code customer_features} its rows) where the five charts need only the events. Every method returns at once;
 * snapshots come from memory.
 */
public final class LiveLearning {

    public static final String VIEW = "live_segments";
    public static final double DEFAULT_DECAY = 0.9;
    /** Ten minutes of 10-second windows, as the event counts keep. */
    static final int HISTORY = 60;
    private static final Logger LOG = LoggerFactory.getLogger(LiveLearning.class);

    private final SparkEngine engine;
    private final LiveInput input;
    private volatile LiveStreamConfig config;
    private final DatasetKey dataset;
    private final double decay;
    private final int maxFitRows;
    private final String queryName;
    /** Told each time a start ends (stopped, finished or failed), after the status says so. */
    private volatile java.util.function.Consumer<QueryStatus> endListener = status -> { };
    private final AtomicLong inputRows = new AtomicLong();
    private volatile Learning learning;
    private volatile Path checkpoint;
    private volatile QueryStatus.State state = QueryStatus.State.NOT_STARTED;
    private volatile String message = "";
    private EngineTask<Void> task;
    private CompletableFuture<Void> ended = CompletableFuture.completedFuture(null);

    /** What one start learnt from: the model, and the state it folds into (kept across stops while the model is the same). */
    private record Learning(ScoringModel model, SegmentMixTable mix, OnlineCentres centres, LearningFiles files) {
    }

    public LiveLearning(SparkEngine engine, LiveInput input, LiveStreamConfig config, DatasetKey dataset) {
        this(engine, input, config, dataset, DEFAULT_DECAY);
    }

    /** @param decay the online K-Means decay factor per micro-batch, in (0, 1]: 1 never forgets */
    public LiveLearning(SparkEngine engine, LiveInput input, LiveStreamConfig config, DatasetKey dataset, double decay) {
        this(engine, input, config, dataset, decay, SegmentationModels.SCORING_FIT_ROWS);
    }

    /** @param maxFitRows customers an on-the-spot fit reads at most (a seeded sample beyond) */
    LiveLearning(SparkEngine engine, LiveInput input, LiveStreamConfig config, DatasetKey dataset, double decay, int maxFitRows) {
        if (!(decay > 0 && decay <= 1)) {
            throw new IllegalArgumentException("the decay factor must lie in (0, 1], not " + decay);
        }
        this.engine = engine;
        this.input = input;
        this.config = config;
        this.dataset = dataset;
        this.decay = decay;
        this.maxFitRows = maxFitRows;
        this.queryName = config.scope().isEmpty() ? VIEW : VIEW + "-" + config.scope();
    }

    /** Starts the query from its checkpoint (the model is loaded again: a segmentation trained since is used). */
    public synchronized EngineTask<Void> start() {
        return start(false);
    }

    /** Deletes the query's checkpoint and saved mix and centres, and starts again. */
    public synchronized EngineTask<Void> startFresh() {
        if (running() != null) {
            throw new IllegalStateException(VIEW + " is running: stop it before starting it fresh");
        }
        return start(true);
    }

    private EngineTask<Void> start(boolean fresh) {
        EngineTask<Void> running = running();
        if (running != null) {
            return running;
        }
        state = QueryStatus.State.STARTING;
        message = "";
        EngineTask<Void> started = engine.startStream("Live: segments and online centres", ctx -> startQuery(ctx, fresh));
        task = started;
        // The status changes before anyone waiting for the end hears of it.
        ended = started.future().handle((ignored, error) -> {
            ended(started, error);
            endListener.accept(status());
            return null;
        });
        return started;
    }

    /** Stops the query (its batch ends, the checkpoint stays); completes when it has ended. */
    public synchronized CompletableFuture<Void> stop() {
        EngineTask<Void> running = running();
        if (running == null) {
            return CompletableFuture.completedFuture(null);
        }
        engine.cancel(running.id());
        return ended;
    }

    /**
     * A new trigger interval: a running query cannot change its trigger, so it stops and starts again with it from
     * its checkpoint (the mix and centres are restored from beside it: nothing is lost or folded twice).
     */
    public synchronized CompletableFuture<Void> changeTrigger(LiveTrigger trigger) {
        config = config.withTrigger(trigger);
        if (running() == null) {
            return CompletableFuture.completedFuture(null);
        }
        return stop().thenRun(this::start);
    }

    /** Whom to tell when a start ends: the live session stops keeping files for a learning query that failed. */
    public void onEnded(java.util.function.Consumer<QueryStatus> listener) {
        endListener = listener;
    }

    /** The streaming query's name, which is also its checkpoint folder's under {@code checkpoints/}. */
    public String queryName() {
        return queryName;
    }

    /** Completes when the last start has ended (an available-now run finishes by itself). */
    public synchronized CompletableFuture<Void> whenEnded() {
        return ended;
    }

    public QueryStatus status() {
        Learning now = learning;
        Path folder = checkpoint;
        return new QueryStatus(VIEW, queryName, state, message, now == null ? -1 : now.mix().lastBatchId(), 0, -1, inputRows.get(), false,
                folder == null ? "" : folder.toString());
    }

    /** The live segment mix and the centres' drift (empty before the first start has loaded a model). */
    public LiveSegments segments() {
        Learning now = learning;
        return now == null ? LiveSegments.empty(BatchScorer.WINDOW_MS) : LearningSnapshots.of(now.model(), now.mix(), now.centres());
    }

    /**
     * Puts the online centres back on the batch model's at once (the next snapshot shows it); saving that beside
     * the checkpoint is file work, off the caller's thread, which the returned task completes.
     */
    public EngineTask<Void> resetToBatch() {
        Learning now = learning;
        if (now == null) {
            throw new IllegalStateException("The live segments have not started: there are no online centres to reset");
        }
        now.centres().resetToBatch(System.currentTimeMillis());
        return engine.submitFileWork("Reset online centres", () -> {
            now.files().save(now.centres());
            return null;
        });
    }

    /** On the streaming pool's engine thread: model, features and saved state, then the query. */
    private StreamingQuery startQuery(EngineContext ctx, boolean fresh) throws Exception {
        SparkSession spark = ctx.spark();
        if (!spark.catalog().tableExists("customers")) {
            throw new EngineException("Live segments score the customers of the open data set: open a data set first");
        }
        Path folder = ctx.checkpointFolder(queryName);
        if (fresh) {
            LOG.info("{}: starting fresh, deleting its checkpoint {}", queryName, folder);
            FileTrees.deleteQuietly(folder);
            folder = ctx.checkpointFolder(queryName);
            inputRows.set(0);
        }
        checkpoint = folder;
        long t0 = System.nanoTime();
        // The features and the model are bounded work the Segments page waits for: in the streaming pool (FIFO) they
        // would queue behind every batch of the five live queries, which already keep both cores busy (ADR 0036).
        long[] at = new long[2];
        ScoringModel model = ctx.inPool(EnginePool.INTERACTIVE, () -> {
            SegmentationService.ensureFeatures(ctx);
            ctx.checkCancelled();
            at[0] = System.nanoTime();
            ScoringModel m = SegmentationModels.savedOrFitted(ctx, dataset, maxFitRows);
            ctx.checkCancelled();
            at[1] = System.nanoTime();
            return m;
        });
        long featuresAt = at[0];
        long modelAt = at[1];
        Dataset<Row> features = spark.table(FeatureTable.VIEW);
        double[][] batchCentres = model.centres();
        double[] sizes = ctx.inPool(EnginePool.INTERACTIVE, () -> segmentSizes(model, features, batchCentres.length));
        OnlineCentres centres = new OnlineCentres(batchCentres, sizes, decay);
        LOG.info("{}: scoring model ready in {} ms (customer features {} ms, {} model {} ms, segment sizes {} ms)", queryName,
                (System.nanoTime() - t0) / 1_000_000, (featuresAt - t0) / 1_000_000, model.fittedOnTheSpot() ? "fitted" : "saved",
                (modelAt - featuresAt) / 1_000_000, (System.nanoTime() - modelAt) / 1_000_000);
        SegmentMixTable mix = new SegmentMixTable(batchCentres.length, HISTORY);
        LearningFiles files = new LearningFiles(folder);
        if (!files.restore(queryName, mix, centres)) {
            LOG.info("{}: the saved online centres were learnt from another segmentation; they start from this one's", queryName);
        }
        Learning next = new Learning(model, mix, centres, files);
        learning = next;
        Runnable registerView = () -> LearningSnapshots.registerView(spark, VIEW, next.model(), next.mix());
        registerView.run();
        BatchScorer scorer = new BatchScorer(model.model(), features, batchCentres.length);
        LearningSink sink = new LearningSink(queryName, scorer, mix, centres, files, registerView, inputRows::addAndGet);
        String checkpointPath = folder.toString();
        StreamingQuery query = LiveQueryConf.start(spark, () -> input.open(spark)
                .select(col(LiveEventSchema.EVENT_TS), col(LiveEventSchema.CUSTOMER_ID)).writeStream()
                .queryName(queryName)
                .outputMode("append")
                .option("checkpointLocation", checkpointPath)
                .trigger(config.trigger().toSpark())
                .foreachBatch(sink)
                .start());
        state = QueryStatus.State.RUNNING;
        message = model.fittedOnTheSpot() ? "Scoring with " + model.source() : "";
        return query;
    }

    /** How many customers each batch centre stands for at the start: its segment's size in {@code customer_features}. */
    private static double[] segmentSizes(ScoringModel model, Dataset<Row> features, int k) {
        double[] sizes = new double[k];
        for (Row r : model.model().transform(features).groupBy(SegmentationPipeline.SEGMENT).count().collectAsList()) {
            sizes[r.getInt(0)] = r.getLong(1);
        }
        return sizes;
    }

    private void ended(EngineTask<Void> ended, Throwable error) {
        if (ended.isCancelRequested() || error instanceof CancellationException) {
            state = QueryStatus.State.STOPPED;
            message = "";
        } else if (error == null) {
            state = QueryStatus.State.FINISHED;
        } else {
            state = QueryStatus.State.FAILED;
            message = queryName + " failed: " + EngineErrors.describe(error);
        }
    }

    private EngineTask<Void> running() {
        return task == null || task.future().isDone() ? null : task;
    }
}

package io.sparkworkbench.engine.stream.learn;

import io.sparkworkbench.engine.FileTrees;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.features.FeatureTable;
import io.sparkworkbench.engine.stream.query.EventFiles;
import io.sparkworkbench.engine.stream.query.LiveInput;
import io.sparkworkbench.engine.stream.query.LiveStreamConfig;
import io.sparkworkbench.engine.stream.query.LiveStreamService;
import io.sparkworkbench.engine.stream.query.LiveTrigger;
import io.sparkworkbench.engine.stream.query.QueryStatus;
import io.sparkworkbench.engine.stream.query.SyntheticEvents;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long online learning takes to start on a data set with no saved segmentation, as a Live tab Start runs it: the
 * five live queries already running over events written at a fixed rate (five files a second, event time = wall
 * clock), {@code customer_features} not yet computed, and the learning query started fresh. Measures until its
 * scoring model is ready and until its first batch is scored; prints the machine's load average beside them, since
 * other work on the machine changes both several times over (ADR 0036).
 */
public final class LearningStartBench {

    private static final Logger LOG = LoggerFactory.getLogger(LearningStartBench.class);
    private static final int FILES_PER_SECOND = 5;

    /**
     * @param modelMs from the start until the scoring model was ready (features computed, model fitted or loaded)
     * @param firstScoredMs from the start until the first micro-batch was scored (-1: not within the limit)
     * @param firstBatchEvents events in the first scored batch
     * @param loadBefore the one-minute load average when the learning query started
     * @param loadAfter the one-minute load average when its first batch was scored
     */
    public record Result(long modelMs, long firstScoredMs, long firstBatchEvents, String model, double loadBefore, double loadAfter) {
    }

    private LearningStartBench() {
    }

    /** @param dataset the open data set (its customers and orders are registered as views); its saved model, if any, is not used */
    public static Result run(SparkEngine engine, Path workFolder, DatasetKey dataset, int eventsPerSecond, Duration limit) throws Exception {
        Path input = workFolder.resolve("learning-start-events");
        FileTrees.deleteQuietly(input);
        EventFiles files = new EventFiles(input, "learn");
        SparkSession spark = engine.awaitSession();
        // As on a data set just opened: nothing has computed the customer features yet.
        if (spark.catalog().tableExists(FeatureTable.VIEW)) {
            spark.catalog().uncacheTable(FeatureTable.VIEW);
            spark.catalog().dropTempView(FeatureTable.VIEW);
        }
        LiveStreamConfig config = LiveStreamConfig.defaults().withTrigger(LiveTrigger.every(Duration.ofSeconds(1))).withScope("bench-learn");
        // Every new file in a batch: the learning query's first batch is the whole backlog since its start (the app's
        // simulator source caps a batch at 20 files, so there the backlog is worked off over several batches).
        LiveInput in = LiveInput.jsonFolder(input, 0);
        LiveStreamService service = new LiveStreamService(engine, in, config);
        DatasetKey unsaved = new DatasetKey(dataset.folder(), dataset.fingerprint() + "-bench-none-saved", dataset.seed(), dataset.customers());
        LiveLearning learning = new LiveLearning(engine, in, config, unsaved);
        SyntheticEvents events = new SyntheticEvents(2026);
        int perFile = Math.max(1, eventsPerSecond / FILES_PER_SECOND);
        AtomicReference<Exception> writeFailure = new AtomicReference<>();
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-learning-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            writer.scheduleAtFixedRate(() -> {
                long now = System.currentTimeMillis();
                try {
                    files.write(events.next(perFile, now - 1000 / FILES_PER_SECOND, 1000 / FILES_PER_SECOND, now));
                } catch (IOException e) {
                    writeFailure.set(e);
                }
            }, 0, 1000 / FILES_PER_SECOND, TimeUnit.MILLISECONDS);
            LiveStreamService.VIEWS.forEach(service::startFresh);
            double loadBefore = load();
            long t0 = System.nanoTime();
            learning.startFresh();
            long modelMs = -1;
            long scoredMs = -1;
            while (System.nanoTime() - t0 < limit.toNanos() && scoredMs < 0) {
                QueryStatus status = learning.status();
                if (status.state() == QueryStatus.State.FAILED) {
                    throw new IllegalStateException("bench live-learning: " + status.message());
                }
                if (writeFailure.get() != null) {
                    throw writeFailure.get();
                }
                LiveSegments segments = learning.segments();
                if (modelMs < 0 && !segments.names().isEmpty()) {
                    modelMs = (System.nanoTime() - t0) / 1_000_000;
                }
                if (segments.lastBatchId() >= 0) {
                    scoredMs = (System.nanoTime() - t0) / 1_000_000;
                }
                Thread.sleep(50);
            }
            LiveSegments segments = learning.segments();
            Result r = new Result(modelMs, scoredMs, segments.totalEvents(), segments.model(), loadBefore, load());
            LOG.info("bench live-learning: {}", r);
            return r;
        } finally {
            writer.shutdownNow();
            learning.stop().get(2, TimeUnit.MINUTES);
            service.stopAll().get(2, TimeUnit.MINUTES);
            FileTrees.deleteQuietly(input);
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}

package io.sparkworkbench.engine.stream.learn;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.unix_millis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.CustomerLayout;
import io.sparkworkbench.engine.datagen.CustomerSegment;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.features.FeatureService;
import io.sparkworkbench.engine.ml.features.FeatureTable;
import io.sparkworkbench.engine.ml.segment.ScoringModel;
import io.sparkworkbench.engine.ml.segment.SegmentationModels;
import io.sparkworkbench.engine.ml.segment.SegmentationPipeline;
import io.sparkworkbench.engine.ml.segment.SegmentationRequest;
import io.sparkworkbench.engine.ml.segment.SegmentationService;
import io.sparkworkbench.engine.stream.LiveEventSchema;
import io.sparkworkbench.engine.stream.query.EventFiles;
import io.sparkworkbench.engine.stream.query.LiveEvent;
import io.sparkworkbench.engine.stream.query.LiveInput;
import io.sparkworkbench.engine.stream.query.LiveStreamConfig;
import io.sparkworkbench.engine.stream.query.LiveTrigger;
import io.sparkworkbench.engine.stream.query.QueryStatus;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learning query on the generated data set at scale 0.2 (2,000 customers) with its saved default segmentation. */
class LiveLearningTest {

    /** 2026-01-01T10:00:00Z. */
    private static final long T0 = 1_767_261_600_000L;
    private static final int CUSTOMERS = 2_000;

    private static SparkEngine engine;
    private static DatasetKey key;

    @TempDir
    Path input;

    @BeforeAll
    static void openAndTrain() {
        engine = SharedSparkEngine.get();
        key = GeneratedData.openShared(0.2);
        // Features of this data set (another test class may have left another's), and its saved default model.
        FeatureTable features = engine.submit("test: features", FeatureService::register).future().join();
        // Since ADR 0030 a fit does not save: the save is its own action, as the tab runs it after showing the result.
        SegmentationService service = new SegmentationService(engine);
        service.save(service.fit(key, SegmentationRequest.defaults(features.features())).future().join()).future().join();
    }

    @Test
    void theLiveMixEqualsTheBatchPipelinesTransformOfTheSameCustomers() throws Exception {
        List<LiveEvent> events = events(new SplittableRandom(3), 3_000, id -> true);
        EventFiles files = new EventFiles(input, "mix");
        files.write(events.subList(0, 1_500));
        files.write(events.subList(1_500, 3_000));
        LiveLearning learning = new LiveLearning(engine, LiveInput.jsonFolder(input, 1), config("mix", LiveTrigger.availableNow()), key);
        learning.startFresh();
        learning.whenEnded().get(3, TimeUnit.MINUTES);
        assertThat(learning.status().state()).as(learning.status().message()).isEqualTo(QueryStatus.State.FINISHED);

        SparkSession spark = engine.awaitSession();
        ScoringModel saved = engine.submit("test: model", ctx -> SegmentationModels.savedOrFitted(ctx, key)).future().join();
        Dataset<Row> batch = spark.read().schema(LiveEventSchema.SCHEMA).json(input.toString());
        Dataset<Row> scored = saved.model().transform(spark.table(FeatureTable.VIEW)).select("customer_id", SegmentationPipeline.SEGMENT);
        Map<String, Long> expected = new TreeMap<>();
        for (Row r : batch.join(scored, batch.col("customer_id").equalTo(scored.col("customer_id")), "left")
                .groupBy(floor(unix_millis(col("event_ts")).divide(10_000)).multiply(10_000).as("w"),
                        org.apache.spark.sql.functions.when(batch.col("customer_id").isNull(), lit(-1))
                                .when(col(SegmentationPipeline.SEGMENT).isNull(), lit(-2)).otherwise(col(SegmentationPipeline.SEGMENT)).as("s"))
                .agg(count(lit(1))).collectAsList()) {
            expected.put(r.getLong(0) + " " + r.getInt(1), r.getLong(2));
        }
        LiveSegments live = learning.segments();
        Map<String, Long> streamed = new TreeMap<>();
        for (int w = 0; w < live.windowStartMs().length; w++) {
            for (int s = 0; s < live.names().size(); s++) {
                if (live.events()[s][w] > 0) {
                    streamed.put(live.windowStartMs()[w] + " " + s, live.events()[s][w]);
                }
            }
            if (live.anonymous()[w] > 0) {
                streamed.put(live.windowStartMs()[w] + " -1", live.anonymous()[w]);
            }
            if (live.unknownCustomers()[w] > 0) {
                streamed.put(live.windowStartMs()[w] + " -2", live.unknownCustomers()[w]);
            }
        }
        assertThat(streamed).isEqualTo(expected);
        assertThat(live.totalEvents()).isEqualTo(3_000);
        assertThat(live.lastBatchId()).isEqualTo(1);
        assertThat(live.fittedOnTheSpot()).isFalse();
        assertThat(live.model()).contains("saved");
        assertThat(live.names()).isEqualTo(saved.names());
        assertThat(spark.table(LiveLearning.VIEW).agg(org.apache.spark.sql.functions.sum("events")).first().getLong(0)).isEqualTo(3_000);
        // Two batches of known customers moved the centres off the batch model's.
        assertThat(live.drift()).hasSize(2);
        assertThat(java.util.Arrays.stream(live.currentDrift()).max().orElse(0)).isPositive();
    }

    @Test
    void theScorersSegmentsAndScaledVectorsAreThoseOfTheBatchPipeline() {
        SparkSession spark = engine.awaitSession();
        ScoringModel saved = engine.submit("test: model", ctx -> SegmentationModels.savedOrFitted(ctx, key)).future().join();
        Dataset<Row> features = spark.table(FeatureTable.VIEW);
        BatchScorer scorer = new BatchScorer(saved.model(), features, saved.request().k());
        Dataset<Row> ids = spark.range(1, CUSTOMERS + 300, 7).toDF("customer_id");

        Map<Long, String> live = new TreeMap<>();
        for (Row r : scorer.scoredCustomers(ids).collectAsList()) {
            live.put(r.getLong(0), r.getInt(1) + " " + r.getList(2));
        }
        Map<Long, String> batch = new TreeMap<>();
        for (Row r : saved.model().transform(features).where(col("customer_id").isin(LongStream.range(0, (CUSTOMERS + 300) / 7 + 1)
                        .map(i -> 1 + 7 * i).boxed().toArray()))
                .select(col("customer_id"), col(SegmentationPipeline.SEGMENT),
                        org.apache.spark.ml.functions.vector_to_array(col(SegmentationPipeline.SCALED), "float64")).collectAsList()) {
            batch.put(r.getLong(0), r.getInt(1) + " " + r.getList(2));
        }
        assertThat(live).hasSize((CUSTOMERS - 1) / 7 + 1).isEqualTo(batch);
    }

    @Test
    void aReplayedBatchIdChangesNeitherTheMixNorTheCentres() throws Exception {
        SparkSession spark = engine.awaitSession();
        ScoringModel saved = engine.submit("test: model", ctx -> SegmentationModels.savedOrFitted(ctx, key)).future().join();
        EventFiles files = new EventFiles(input, "replay");
        files.write(events(new SplittableRandom(5), 500, id -> true));
        Dataset<Row> batch = spark.read().schema(LiveEventSchema.SCHEMA).json(input.toString());
        int k = saved.request().k();
        SegmentMixTable mix = new SegmentMixTable(k, LiveLearning.HISTORY);
        OnlineCentres centres = new OnlineCentres(saved.centres(), filled(k, 100), 0.9);
        LearningSink sink = new LearningSink("test", new BatchScorer(saved.model(), spark.table(FeatureTable.VIEW), k), mix, centres,
                new LearningFiles(input.resolve("checkpoint")), () -> { }, n -> { });

        sink.call(batch, 4L);
        double[][] after = centres.centres();
        TreeMap<Long, long[]> mixAfter = mix.windows();
        sink.call(batch, 4L);
        sink.call(batch, 3L);

        assertThat(centres.centres()).isDeepEqualTo(after);
        assertThat(mix.windows()).usingRecursiveComparison().isEqualTo(mixAfter);
        assertThat(mixAfter.values().stream().flatMapToLong(java.util.Arrays::stream).sum()).isEqualTo(500);
        assertThat(after).isNotEqualTo(saved.centres());
    }

    @Test
    void eventsOfOnePlantedSegmentPullOneCentreTowardsThemAndResetRestoresIt() throws Exception {
        CustomerLayout layout = CustomerLayout.of(CUSTOMERS, GeneratedData.SEED);
        CustomerSegment planted = layout.segmentOf(1);
        List<LiveEvent> events = events(new SplittableRandom(9), 2_400, id -> id != null && layout.segmentOf(id) == planted);
        EventFiles files = new EventFiles(input, "drift");
        for (int f = 0; f < 4; f++) {
            files.write(events.subList(f * 600, (f + 1) * 600));
        }
        LiveLearning learning = new LiveLearning(engine, LiveInput.jsonFolder(input, 1), config("drift", LiveTrigger.availableNow()), key, 0.5);
        learning.startFresh();
        learning.whenEnded().get(3, TimeUnit.MINUTES);
        assertThat(learning.status().state()).as(learning.status().message()).isEqualTo(QueryStatus.State.FINISHED);

        LiveSegments live = learning.segments();
        assertThat(live.drift()).hasSize(4);
        double[] drift = live.currentDrift();
        int moved = argMax(drift);
        // The planted segment's customers are nearest (mostly) one centre; the centres nobody came near stay put.
        long stayed = java.util.Arrays.stream(drift).filter(d -> d < 1e-9).count();
        assertThat(stayed).isGreaterThanOrEqualTo(2);
        for (int c = 0; c < drift.length; c++) {
            if (c != moved) {
                assertThat(drift[c]).isLessThan(drift[moved]);
            }
        }
        // The drift of the centre that moved grew batch by batch as it was pulled further.
        assertThat(live.drift().get(3).perCentre()[moved]).isGreaterThan(live.drift().get(0).perCentre()[moved]);

        learning.resetToBatch().future().get(1, TimeUnit.MINUTES);
        assertThat(learning.segments().currentDrift()).containsOnly(0.0);

        // A restart resumes the saved (reset) centres and mix: nothing is read again, nothing applies twice.
        LiveLearning again = new LiveLearning(engine, LiveInput.jsonFolder(input, 1), config("drift", LiveTrigger.availableNow()), key, 0.5);
        again.start();
        again.whenEnded().get(3, TimeUnit.MINUTES);
        assertThat(again.segments().lastBatchId()).isEqualTo(3);
        assertThat(again.segments().totalEvents()).isEqualTo(2_400);
        assertThat(again.segments().currentDrift()).containsOnly(0.0);
    }

    @Test
    void withoutASavedSegmentationAModelIsFittedOnTheSpotAndTheSnapshotSaysSo() throws Exception {
        DatasetKey unsaved = new DatasetKey(key.folder(), key.fingerprint() + "-none-saved-" + System.nanoTime(), OptionalLong.empty(),
                OptionalLong.empty());
        new EventFiles(input, "spot").write(events(new SplittableRandom(13), 200, id -> true));
        LiveLearning learning = new LiveLearning(engine, LiveInput.jsonFolder(input, 0), config("spot", LiveTrigger.availableNow()), unsaved);
        learning.startFresh();
        learning.whenEnded().get(3, TimeUnit.MINUTES);

        LiveSegments live = learning.segments();
        assertThat(learning.status().state()).as(learning.status().message()).isEqualTo(QueryStatus.State.FINISHED);
        assertThat(live.fittedOnTheSpot()).isTrue();
        assertThat(live.model()).contains("no segmentation is saved").contains("fitted on the spot");
        assertThat(live.names()).hasSize(5).doesNotHaveDuplicates();
        assertThat(live.totalEvents()).isEqualTo(200);
    }

    @Test
    void withoutASavedSegmentationTheFirstBatchIsScoredByAScalerAndKMeansFittedOnASample() throws Exception {
        DatasetKey unsaved = new DatasetKey(key.folder(), key.fingerprint() + "-none-saved-" + System.nanoTime(), OptionalLong.empty(),
                OptionalLong.empty());
        ScoringModel spot = engine.submit("test: model", ctx -> SegmentationModels.savedOrFitted(ctx, unsaved, 500)).future().join();
        assertThat(spot.fittedOnTheSpot()).isTrue();
        assertThat(java.util.Arrays.stream(spot.model().stages()).map(s -> s.getClass().getSimpleName()))
                .contains("StandardScalerModel", "KMeansModel").doesNotContain("PCAModel");
        assertThat(spot.source()).containsPattern("scaler and K-Means on a seeded sample of (4[0-9]{2}|500) of the 2,000 customers");
        assertThat(spot.names()).hasSize(5).doesNotHaveDuplicates();

        // Written before the start: the backlog since Start, read from the first batch on.
        EventFiles files = new EventFiles(input, "first");
        files.write(events(new SplittableRandom(17), 300, id -> true));
        files.write(events(new SplittableRandom(19), 200, id -> true));
        LiveLearning learning = new LiveLearning(engine, LiveInput.jsonFolder(input, 1), config("first", LiveTrigger.availableNow()), unsaved,
                LiveLearning.DEFAULT_DECAY, 500);
        learning.startFresh();
        learning.whenEnded().get(3, TimeUnit.MINUTES);
        assertThat(learning.status().state()).as(learning.status().message()).isEqualTo(QueryStatus.State.FINISHED);
        LiveSegments live = learning.segments();
        // Two files, one a batch: batch 0 was scored (none skipped while the model was fitted), and batch 1 after it.
        assertThat(live.lastBatchId()).isEqualTo(1);
        assertThat(live.drift()).extracting(LiveSegments.Drift::batchId).containsExactly(0L, 1L);
        assertThat(live.totalEvents()).isEqualTo(500);
        assertThat(live.model()).isEqualTo(spot.source());
    }

    private static LiveStreamConfig config(String scope, LiveTrigger trigger) {
        return LiveStreamConfig.defaults().withTrigger(trigger).withScope("learn-" + scope);
    }

    /**
     * {@code count} events: a fifth anonymous, a tenth of unknown customer ids (beyond the data set's), the rest
     * customers of the data set that {@code pick} accepts; event times over two minutes from {@link #T0}.
     */
    private static List<LiveEvent> events(SplittableRandom random, int count, java.util.function.Predicate<Long> pick) {
        List<LiveEvent> out = new ArrayList<>(count);
        long now = System.currentTimeMillis();
        while (out.size() < count) {
            int kind = random.nextInt(10);
            Long customer;
            if (kind < 2) {
                customer = null;
            } else if (kind < 3) {
                customer = (long) CUSTOMERS + 1 + random.nextInt(5_000);
            } else {
                customer = (long) random.nextInt(CUSTOMERS) + 1;
                if (!pick.test(customer)) {
                    continue;
                }
            }
            long id = out.size() + 1;
            out.add(new LiveEvent(id, id / 4 + 1, customer, T0 + random.nextLong(120_000), "page_view", null, null, null, "desktop", "direct", now));
        }
        return out;
    }

    private static double[] filled(int n, double value) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, value);
        return out;
    }

    private static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}

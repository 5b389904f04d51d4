package io.sparkworkbench.engine.ml.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.features.FeatureTable;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SegmentationServiceTest {

    private static SparkEngine engine;
    private static DatasetKey key;
    private static SegmentationService service;
    private static FeatureTable features;

    @BeforeAll
    static void openData() {
        engine = SharedSparkEngine.get();
        var generated = GeneratedData.parquet(0.2);
        engine.submit("open", context -> DatasetCatalog.register(context, generated.folder())).future().join();
        key = DatasetKey.of(generated.folder());
        service = new SegmentationService(engine);
        features = service.features().future().join();
    }

    private static SegmentationRequest defaults() {
        return SegmentationRequest.defaults(features.features());
    }

    @Test
    void fitsFiveNamedSegmentsCoveringEveryCustomer() {
        SegmentationResult result = service.fit(key, defaults()).future().join();

        assertThat(result.profiles()).hasSize(5);
        assertThat(result.profiles().stream().mapToLong(SegmentProfile::size).sum()).isEqualTo(result.customers()).isEqualTo(2_000);
        assertThat(new HashSet<>(result.names())).hasSize(5);
        assertThat(result.points().size()).isEqualTo(2_000);
        assertThat(result.points().sampled()).isFalse();
        assertThat(Arrays.stream(result.points().segment()).distinct().count()).isEqualTo(5);
        assertThat(result.centroidX()).hasSize(5);
        assertThat(result.silhouette()).isBetween(0.0, 1.0);
        assertThat(result.wssse()).isPositive();
        assertThat(result.planted()).isPresent();
        assertThat(Arrays.stream(result.planted().get().counts()).flatMapToLong(Arrays::stream).sum()).isEqualTo(2_000);
        long inView = engine.submit("count", c -> c.spark().table("customer_segments").count()).future().join();
        assertThat(inView).isEqualTo(2_000);
    }

    @Test
    void fitsAndSweepsAreTrainingAndRunInTheBackgroundPool() {
        var fit = service.fit(key, defaults());
        SweepRun sweep = service.sweep(defaults(), 2, 3);
        fit.future().join();
        sweep.task().future().join();

        assertThat(fit.pool()).isEqualTo(io.sparkworkbench.engine.EnginePool.BACKGROUND);
        assertThat(sweep.task().pool()).isEqualTo(io.sparkworkbench.engine.EnginePool.BACKGROUND);
    }

    @Test
    void theSameSeedGivesTheSameSegments() {
        SegmentationResult first = service.fit(key, defaults()).future().join();
        SegmentationResult second = service.fit(key, defaults()).future().join();

        assertThat(second.points().ids()).isEqualTo(first.points().ids());
        assertThat(second.points().segment()).isEqualTo(first.points().segment());
        assertThat(second.wssse()).isEqualTo(first.wssse());
    }

    @Test
    void recomputedFeaturesGiveTheSameSegmentsForTheSameSeed() {
        // k-means|| draws its first centres from the rows as they lie in their partitions: features that came
        // back in another order (a new shuffle) must not change the segments.
        SegmentationResult first = service.fit(key, defaults()).future().join();
        for (int i = 0; i < 3; i++) {
            service.features().future().join();
            SegmentationResult again = service.fit(key, defaults()).future().join();
            assertThat(again.wssse()).as("WSSSE after recomputing the features").isEqualTo(first.wssse());
            assertThat(again.points().size()).isEqualTo(first.points().size());
        }
    }

    @Test
    void aSavedModelIsReloadedWithItsNamesForTheSameDataSetOnly() {
        SegmentationResult fitted = service.fit(key, defaults()).future().join();
        service.save(fitted).future().join();
        List<String> renamed = service.rename(0, "Best customers").future().join();

        Optional<SegmentationResult> reloaded = new SegmentationService(engine).loadSaved(key).future().join();

        assertThat(reloaded).isPresent();
        assertThat(reloaded.get().reloaded()).isTrue();
        assertThat(reloaded.get().names()).isEqualTo(renamed).contains("Best customers");
        assertThat(reloaded.get().points().segment()).isEqualTo(fitted.points().segment());
        assertThat(reloaded.get().wssse()).isEqualTo(fitted.wssse());
        DatasetKey other = new DatasetKey(key.folder(), key.fingerprint() + "-other", key.seed(), key.customers());
        assertThat(new SegmentationService(engine).loadSaved(other).future().join()).isEmpty();
    }

    @Test
    void aSweepReportsEveryKAndSuggestsTheBestSilhouette() {
        SweepRun run = service.sweep(defaults(), 2, 6);
        SweepResult result = run.task().future().join();

        assertThat(result.points()).extracting(SweepPoint::k).containsExactly(2, 3, 4, 5, 6);
        assertThat(run.pointsSoFar()).hasSize(5);
        assertThat(run.fraction()).isEqualTo(1.0);
        double best = result.points().stream().mapToDouble(SweepPoint::silhouette).max().orElseThrow();
        assertThat(result.points().stream().filter(p -> p.k() == result.suggestedK()).findFirst().orElseThrow().silhouette()).isEqualTo(best);
        // More clusters never fit worse by much: WSSSE falls from k = 2 to k = 6.
        assertThat(result.points().get(4).wssse()).isLessThan(result.points().get(0).wssse());
    }

    @Test
    void theSweepsSilhouettePeaksNearThePlantedFiveSegments() {
        SweepResult result = service.sweep(defaults(), 2, 10).task().future().join();

        assertThat(result.suggestedK()).isBetween(4, 6);
    }

    @Test
    void theFoundSegmentsAgreeWithThePlantedOnes() {
        SegmentationResult result = service.fit(key, defaults()).future().join();

        assertThat(result.planted().orElseThrow().adjustedRand()).isGreaterThan(0.6);
    }

    @Test
    void projectionsRankEveryPairBestFirst() {
        service.fit(key, defaults()).future().join();
        List<String> columns = features.features().stream().map(f -> f.column()).toList();

        List<ProjectionScore> ranked = service.rankProjections(columns).future().join();

        int n = columns.size();
        assertThat(ranked).hasSize(n * (n - 1) / 2);
        for (int i = 1; i < ranked.size(); i++) {
            assertThat(ranked.get(i).silhouette()).isLessThanOrEqualTo(ranked.get(i - 1).silhouette());
        }
        assertThat(ranked.get(0).silhouette()).isBetween(-1.0, 1.0).isGreaterThan(ranked.get(ranked.size() - 1).silhouette());
    }

    @Test
    void aSelectionBecomesAViewOfThoseCustomers() {
        SegmentationResult result = service.fit(key, defaults()).future().join();
        long[] some = Arrays.copyOf(result.points().ids(), 25);

        long rows = service.registerSelection(some, "picked_customers").future().join();

        assertThat(rows).isEqualTo(25);
        long inView = engine.submit("count", c -> c.spark().table("picked_customers").count()).future().join();
        assertThat(inView).isEqualTo(25);
        assertThatThrownBy(() -> service.registerSelection(some, "1 bad name").future().join())
                .isInstanceOf(CompletionException.class).hasMessageContaining("cannot name a view");
    }

    @Test
    void theDriversSilhouetteAndProfilesEqualSparksWhenThePlotIsSampled() {
        // Every customer drawn: silhouette and profiles folded in the driver from the drawn rows (ADR 0034).
        // Sampled: Spark's evaluator and one aggregate.
        SegmentationResult all = service.fit(key, defaults()).future().join();
        SegmentationResult sampled = new SegmentationService(engine, 500).fit(key, defaults()).future().join();

        assertThat(all.points().sampled()).isFalse();
        assertThat(sampled.points().sampled()).isTrue();
        assertThat(all.silhouette()).isCloseTo(sampled.silhouette(), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(all.wssse()).isEqualTo(sampled.wssse());
        assertThat(all.profiles()).extracting(SegmentProfile::size).isEqualTo(sampled.profiles().stream().map(SegmentProfile::size).toList());
        assertThat(all.planted().orElseThrow().counts()).isEqualTo(sampled.planted().orElseThrow().counts());
        assertThat(all.planted().orElseThrow().adjustedRand()).isEqualTo(sampled.planted().orElseThrow().adjustedRand());
        // The aggregate adds per (segment, planted segment) group, the driver per segment: equal to the last bits or so.
        for (int s = 0; s < all.profiles().size(); s++) {
            double[] driver = all.profiles().get(s).means();
            double[] spark = sampled.profiles().get(s).means();
            for (int c = 0; c < driver.length; c++) {
                assertThat(driver[c]).as("mean of column " + c + " in segment " + s)
                        .isCloseTo(spark[c], org.assertj.core.api.Assertions.within(1e-12 * Math.max(1, Math.abs(spark[c]))));
            }
        }
        assertThat(all.names()).isEqualTo(sampled.names());
    }

    @Test
    void theProfilesAreTheMeansSparkComputes() {
        SegmentationResult result = service.fit(key, defaults()).future().join();
        String column = result.profileColumns().get(0);

        List<org.apache.spark.sql.Row> means = engine.submit("means", c -> c.spark().table("customer_segments")
                .join(c.spark().table(FeatureTable.VIEW), "customer_id").groupBy("segment")
                .agg(org.apache.spark.sql.functions.avg(column)).collectAsList()).future().join();

        assertThat(means).hasSize(5);
        for (org.apache.spark.sql.Row row : means) {
            SegmentProfile profile = result.profiles().get(row.getInt(0));
            assertThat(profile.means()[0]).as("mean of " + column + " in segment " + row.getInt(0))
                    .isCloseTo(row.getDouble(1), org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, Math.abs(row.getDouble(1)))));
        }
    }

    @Test
    void theNamedRowSolverIsTheOneAutoChoosesForTheseFeatures() {
        // "auto" spends an aggregate choosing; naming "row" must not change the model (ADR 0021).
        SegmentationRequest request = defaults();
        double[] costs = engine.submit("solvers", c -> {
            var input = FitInput.of(c.spark().table(FeatureTable.VIEW));
            var scaled = new org.apache.spark.ml.Pipeline().setStages(SegmentationPipeline.preparation(request)
                    .toArray(org.apache.spark.ml.PipelineStage[]::new)).fit(input).transform(input).cache();
            try {
                var row = SegmentationPipeline.kMeans(request).fit(scaled);
                var auto = SegmentationPipeline.kMeans(request).setSolver("auto").fit(scaled);
                return new double[] {row.summary().trainingCost(), auto.summary().trainingCost(), row.summary().numIter(),
                        auto.summary().numIter()};
            } finally {
                scaled.unpersist(false);
            }
        }).future().join();

        assertThat(costs[0]).isEqualTo(costs[1]);
        assertThat(costs[2]).isEqualTo(costs[3]);
    }

    @Test
    void aboveTheCapThePlotGetsASampleAndSaysSo() {
        SegmentationResult result = new SegmentationService(engine, 500).fit(key, defaults()).future().join();

        assertThat(result.points().sampled()).isTrue();
        assertThat(result.points().size()).isEqualTo(500);
        assertThat(result.points().total()).isEqualTo(2_000);
    }
}

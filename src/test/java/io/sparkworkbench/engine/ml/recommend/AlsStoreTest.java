package io.sparkworkbench.engine.ml.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.ml.DatasetKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class AlsStoreTest {

    private static final RecommendRequest SMALL = new RecommendRequest(RatingSource.IMPLICIT_EVENTS, ImplicitWeights.DEFAULT, 2, 4,
            0.1, 1, 42, SplitKind.BY_TIME, 10, 0.2, 3);

    /** Five customers and eight products; product 99 is bought but missing from products. */
    private static DatasetKey shop(org.apache.spark.sql.SparkSession spark) {
        return TinyShop.register(spark, List.of("1, 1, '2025-01-01'", "2, 2, '2025-01-02'", "3, 3, '2025-01-03'", "4, 4, '2025-01-04'",
                        "5, 1, '2025-02-25'", "6, 2, '2025-02-26'", "7, 5, '2025-01-05'", "8, 3, '2025-02-27'"),
                List.of("1, 1", "1, 2", "1, 99", "2, 2", "2, 3", "3, 1", "3, 4", "4, 5", "4, 99", "5, 6", "6, 7", "7, 8", "7, 1", "8, 2"), 8);
    }

    @Test
    void aSavedModelReloadsWithTheSameFigures() {
        TrainedAls[] trained = new TrainedAls[1];
        Optional<TrainedAls> loaded = RecommendTesting.run(ctx -> {
            DatasetKey key = shop(ctx.spark());
            assertThat(RecommendTraining.loadSaved(ctx, key)).as("nothing saved yet").isEmpty();
            trained[0] = RecommendTraining.train(ctx, key, SMALL);
            return RecommendTraining.loadSaved(ctx, key);
        });
        RecommendResult t = trained[0].result();
        assertThat(t.saveProblem()).isEmpty();
        RecommendResult r = loaded.orElseThrow().result();
        assertThat(r.reloaded()).isTrue();
        assertThat(r.evaluation()).isEqualTo(t.evaluation());
        assertThat(r.request()).isEqualTo(t.request());
        assertThat(r.key()).isEqualTo(t.key());
        assertThat(List.of(r.customers(), r.products(), r.fitMillis())).isEqualTo(List.of(t.customers(), t.products(), t.fitMillis()));
        assertThat(r.trainedAt()).isEqualTo(t.trainedAt());
        assertThat(loaded.get().model().userFactors().count()).isEqualTo(t.customers());
    }

    @Test
    void recommendationsNeverNameProductsMissingFromTheCatalogue() {
        long[] counts = RecommendTesting.run(ctx -> {
            DatasetKey key = shop(ctx.spark());
            TrainedAls trained = RecommendTraining.train(ctx, key, SMALL);
            long rows = RecommendTraining.registerAll(ctx, trained, 3);
            long known = trained.model().itemFactors().filter("id = 99").count();
            long named = ctx.spark().sql("SELECT count(*) FROM customer_recommendations WHERE product_id NOT BETWEEN 1 AND 8").first().getLong(0);
            return new long[] {rows, known, named};
        });
        assertThat(counts[1]).as("ALS learned the missing product 99").isEqualTo(1);
        assertThat(counts[2]).as("rows naming it or another unknown product").isZero();
        assertThat(counts[0]).isPositive();
    }

    @Test
    void aSaveThatFailsKeepsTheModelAndSaysWhy() throws Exception {
        RecommendResult result = RecommendTesting.run(ctx -> {
            DatasetKey tiny = shop(ctx.spark());
            DatasetKey key = new DatasetKey(tiny.folder(), "unsavable-" + System.nanoTime(), OptionalLong.empty(), OptionalLong.empty());
            Path blocker = key.modelFolder(ctx.dataFolder(), RecommendService.MODEL_NAME).getParent();
            Files.createDirectories(blocker.getParent());
            Files.writeString(blocker, "a file where the model folder should go");
            try {
                return RecommendTraining.train(ctx, key, SMALL).result();
            } finally {
                Files.deleteIfExists(blocker);
            }
        });
        assertThat(result.saveProblem()).hasValueSatisfying(p -> assertThat(p).contains("Cannot save the model"));
        assertThat(result.evaluation().models()).hasSize(3);
    }

    @Test
    void anUnreadableOrForeignSaveIsRefusedWithTheReason() {
        RecommendTesting.run(ctx -> {
            DatasetKey key = shop(ctx.spark());
            RecommendTraining.train(ctx, key, SMALL);
            Path properties = key.modelFolder(ctx.dataFolder(), RecommendService.MODEL_NAME).resolve(RecommendResultProperties.FILE_NAME);
            String saved = Files.readString(properties);
            DatasetKey other = new DatasetKey(key.folder(), key.fingerprint(), OptionalLong.empty(), OptionalLong.empty());
            Files.writeString(properties, saved.replace("dataset.fingerprint=" + key.fingerprint(), "dataset.fingerprint=someone-else"));
            assertThatThrownBy(() -> RecommendTraining.loadSaved(ctx, other)).isInstanceOf(EngineException.class)
                    .hasMessageContaining("trained on another data set (someone-else");
            Files.writeString(properties, saved.replaceAll("(?m)^request.rank=.*$", "request.rank=ten"));
            assertThatThrownBy(() -> RecommendTraining.loadSaved(ctx, key)).isInstanceOf(EngineException.class)
                    .hasMessageContaining("cannot be read").hasMessageContaining("request.rank");
            return null;
        });
    }
}

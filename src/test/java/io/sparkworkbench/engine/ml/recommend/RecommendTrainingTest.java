package io.sparkworkbench.engine.ml.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sparkworkbench.engine.ml.DatasetKey;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class RecommendTrainingTest {

    static final double SCALE = 0.2;

    @Test
    void alsAndItsBaselinesScoreWithinRangeAndAlsBeatsRandom() {
        TrainedAls trained = RecommendTesting.trainedDefaults(SCALE);
        RecommendEvaluation e = trained.result().evaluation();
        assertThat(e.models()).extracting(ModelScores::role).containsExactly(ModelRole.ALS, ModelRole.POPULAR, ModelRole.RANDOM);
        for (ModelScores m : e.models()) {
            RankingScores s = m.scores();
            assertThat(List.of(s.precision(), s.recall(), s.map(), s.ndcg(), s.coverage())).as(m.role().label())
                    .allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
            assertThat(s.novelty()).as(m.role().label()).isPositive();
            assertThat(s.rmse()).as("no RMSE for implicit ratings").isEmpty();
        }
        assertThat(e.scores(ModelRole.ALS).precision()).isGreaterThan(e.scores(ModelRole.RANDOM).precision());
        assertThat(e.scores(ModelRole.ALS).ndcg()).isGreaterThan(e.scores(ModelRole.RANDOM).ndcg());
        assertThat(e.scores(ModelRole.POPULAR).coverage()).as("one list for everyone, less what each bought")
                .isLessThan(e.scores(ModelRole.RANDOM).coverage());
        assertThat(e.k()).isEqualTo(10);
        assertThat(e.evaluatedCustomers()).isPositive();
        assertThat(e.coldCustomers()).isNotNegative();
        assertThat(e.testRatings()).isGreaterThanOrEqualTo(e.evaluatedCustomers());
        RecommendResult r = trained.result();
        assertThat(r.customers()).isEqualTo(trained.model().userFactors().count()).isPositive();
        assertThat(r.products()).isEqualTo(trained.model().itemFactors().count()).isPositive();
        assertThat(r.reloaded()).isFalse();
        assertThat(r.saveProblem()).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameMetrics() {
        TrainedAls first = RecommendTesting.trainedDefaults(SCALE);
        DatasetKey key = RecommendTesting.open(SCALE);
        TrainedAls again = RecommendTesting.run(ctx -> RecommendTraining.train(ctx, key, RecommendRequest.defaults()));
        RecommendEvaluation a = first.result().evaluation();
        RecommendEvaluation b = again.result().evaluation();
        assertThat(b.trainRatings()).isEqualTo(a.trainRatings());
        assertThat(b.testRatings()).isEqualTo(a.testRatings());
        assertThat(b.evaluatedCustomers()).isEqualTo(a.evaluatedCustomers());
        for (ModelRole role : ModelRole.values()) {
            // Averages are summed in task-completion order: equal to the last bits only up to rounding.
            assertThat(b.scores(role).precision()).as(role.label()).isCloseTo(a.scores(role).precision(), within(1e-9));
            assertThat(b.scores(role).ndcg()).as(role.label()).isCloseTo(a.scores(role).ndcg(), within(1e-9));
            assertThat(b.scores(role).coverage()).as(role.label()).isEqualTo(a.scores(role).coverage());
        }
    }

    @Test
    void explicitReviewsGiveAlsAnRmseOnTheHeldOutRatings() {
        DatasetKey key = RecommendTesting.open(SCALE);
        RecommendRequest d = RecommendRequest.defaults();
        RecommendRequest explicit = new RecommendRequest(RatingSource.EXPLICIT_REVIEWS, d.weights(), 8, 8, 0.1, 1, 7,
                SplitKind.RANDOM_PER_USER, 60, 0.2, 10);
        TrainedAls trained = RecommendTesting.run(ctx -> RecommendTraining.train(ctx, key, explicit));
        RecommendEvaluation e = trained.result().evaluation();
        assertThat(e.scores(ModelRole.ALS).rmse()).isPresent();
        assertThat(e.scores(ModelRole.ALS).rmse().getAsDouble()).isStrictlyBetween(0.0, 4.0);
        assertThat(e.scores(ModelRole.POPULAR).rmse()).as("each product's mean rating").isPresent();
        assertThat(e.scores(ModelRole.RANDOM).rmse().getAsDouble()).as("uniform stars miss by more than product means")
                .isGreaterThan(e.scores(ModelRole.POPULAR).rmse().getAsDouble());
        SparkSession spark = RecommendTesting.engine().awaitSession();
        long reviewPairs = spark.sql("SELECT count(DISTINCT customer_id, product_id) FROM reviews").first().getLong(0);
        assertThat(e.trainRatings() + e.testRatings()).as("every reviewed pair trains or is held out").isEqualTo(reviewPairs);
        assertThat((double) e.testRatings() / reviewPairs).isBetween(0.15, 0.25);
    }

    @Test
    void theGridReportsEveryCellAsItFinishesAndMarksTheBestNdcg() {
        DatasetKey key = RecommendTesting.open(SCALE);
        List<GridCell> reported = new ArrayList<>();
        GridResult grid = RecommendTesting.run(ctx -> RecommendTraining.grid(ctx, RecommendRequest.defaults(), List.of(4, 8),
                List.of(1.0), reported::add));
        assertThat(grid.cells()).isEqualTo(reported);
        assertThat(grid.cells()).extracting(GridCell::rank).containsExactly(4, 8);
        double bestNdcg = grid.cells().stream().mapToDouble(c -> c.scores().ndcg()).max().orElseThrow();
        assertThat(grid.bestCell().scores().ndcg()).isEqualTo(bestNdcg);
        assertThat(grid.cells()).allSatisfy(c -> assertThat(c.fitMillis()).isPositive());
        assertThat(key).isNotNull();
    }

    @Test
    void everyCustomerGetsTopNOfExistingProductsTheyNeverBoughtEvenHeavyBuyers() {
        TrainedAls trained = RecommendTesting.trainedDefaults(SCALE);
        RecommendTesting.open(SCALE);
        int n = 10;
        long rows = RecommendTesting.run(ctx -> RecommendTraining.registerAll(ctx, trained, n));
        SparkSession spark = RecommendTesting.engine().awaitSession();
        assertThat(spark.table(RecommendService.VIEW).schema().simpleString())
                .isEqualTo("struct<customer_id:bigint,rank:int,product_id:bigint,score:double>");
        assertThat(rows).isEqualTo(trained.result().customers() * n);
        spark.sql("SELECT DISTINCT o.customer_id, i.product_id FROM orders o JOIN order_items i ON i.order_id = o.order_id")
                .createOrReplaceTempView("receng_bought");
        Row check = spark.sql("SELECT"
                + " (SELECT count(*) FROM customer_recommendations r JOIN receng_bought b USING (customer_id, product_id)),"
                + " (SELECT count(*) FROM customer_recommendations r LEFT ANTI JOIN products p USING (product_id)),"
                + " (SELECT count(*) FROM (SELECT customer_id, count(*) c, min(rank) lo, max(rank) hi, count(DISTINCT product_id) d"
                + "   FROM customer_recommendations GROUP BY customer_id) WHERE c <> " + n + " OR lo <> 1 OR hi <> " + n + " OR d <> " + n + "),"
                + " (SELECT count(*) FROM (SELECT customer_id FROM receng_bought GROUP BY customer_id HAVING count(*) > " + n + ") h"
                + "   LEFT SEMI JOIN customer_recommendations r USING (customer_id))").first();
        assertThat(check.getLong(0)).as("recommended products the customer bought").isZero();
        assertThat(check.getLong(1)).as("recommended products not in products").isZero();
        assertThat(check.getLong(2)).as("customers without exactly ranks 1..n of distinct products").isZero();
        assertThat(check.getLong(3)).as("customers with more than n purchases, with a list").isPositive();
        List<Row> descending = spark.sql("SELECT count(*) FROM customer_recommendations a JOIN customer_recommendations b"
                + " ON a.customer_id = b.customer_id AND b.rank = a.rank + 1 WHERE b.score > a.score").collectAsList();
        assertThat(descending.get(0).getLong(0)).as("scores fall with rank").isZero();
    }

    @Test
    void theOverallCategoryMixSumsToOneOnBothSides() {
        TrainedAls trained = RecommendTesting.trainedDefaults(SCALE);
        RecommendTesting.open(SCALE);
        List<CategoryShare> mix = RecommendTesting.run(ctx -> RecommendTraining.overallMix(ctx, trained, 10));
        assertThat(mix).hasSize(8);
        assertThat(mix.stream().mapToDouble(CategoryShare::historyShare).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(mix.stream().mapToDouble(CategoryShare::recommendedShare).sum()).isCloseTo(1.0, within(1e-9));
    }
}

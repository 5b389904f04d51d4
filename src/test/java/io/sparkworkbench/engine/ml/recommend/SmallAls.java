package io.sparkworkbench.engine.ml.recommend;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.ml.DatasetKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A small implicit ALS fitted in the test itself (training belongs to another branch): purchase counts per
 * (customer, product), rank 5, 5 iterations, with a stated figure sheet, so serving can be tested on a real
 * Spark ALSModel. {@code heldOutCustomer} gets no factors (its lines are left out of the fit).
 */
final class SmallAls {

    static final int RANK = 5;

    private SmallAls() {
    }

    static TrainedAls fit(EngineContext context, DatasetKey key, long heldOutCustomer) {
        return fit(context, key, heldOutCustomer, RANK, 5);
    }

    static TrainedAls fit(EngineContext context, DatasetKey key, long heldOutCustomer, int rank, int iterations) {
        Dataset<Row> ratings = context.spark().sql("SELECT CAST(o.customer_id AS INT) AS customer_id, CAST(i.product_id AS INT) AS product_id,"
                + " CAST(count(*) AS FLOAT) AS rating FROM order_items i JOIN orders o ON o.order_id = i.order_id"
                + " WHERE o.customer_id <> " + heldOutCustomer + " GROUP BY 1, 2");
        long started = System.nanoTime();
        ALSModel model = new ALS().setRank(rank).setMaxIter(iterations).setImplicitPrefs(true).setAlpha(10).setRegParam(0.1).setSeed(7)
                .setUserCol("customer_id").setItemCol("product_id").setRatingCol("rating").fit(ratings);
        long fitMillis = (System.nanoTime() - started) / 1_000_000;
        long trainRatings = ratings.count();
        RankingScores plausible = new RankingScores(0.05, 0.1, 0.03, 0.08, 0.4, 9.0, OptionalDouble.empty());
        RecommendEvaluation evaluation = new RecommendEvaluation(10, trainRatings, 0, 0, 0, List.of(new ModelScores(ModelRole.ALS, plausible)));
        RecommendResult result = new RecommendResult(key, RecommendRequest.defaults().withRankAndRegParam(rank, 0.1), evaluation,
                model.userFactors().count(), model.itemFactors().count(), fitMillis, Instant.now(), false, Optional.empty());
        return new TrainedAls(model, result);
    }
}

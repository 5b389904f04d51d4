package io.sparkworkbench.engine.ml.recommend;

import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** ALS configured from the request, and one timed fit. */
final class AlsFit {

    private AlsFit() {
    }

    /** A fitted model and the milliseconds {@link ALS#fit} took (it builds and caches both factor sets before returning). */
    record Fitted(ALSModel model, long millis) {
    }

    static ALS estimator(RecommendRequest request) {
        return new ALS()
                .setRank(request.rank())
                .setMaxIter(request.maxIterations())
                .setRegParam(request.regParam())
                .setAlpha(request.alpha())
                .setImplicitPrefs(request.source() == RatingSource.IMPLICIT_EVENTS)
                .setSeed(request.seed())
                .setNonnegative(false)
                .setUserCol(RatingTables.CUSTOMER)
                .setItemCol(RatingTables.PRODUCT)
                .setRatingCol(RatingTables.RATING)
                // Customers or products absent from training get no prediction rather than NaN, which would make RMSE NaN.
                .setColdStartStrategy("drop");
    }

    static Fitted fit(RecommendRequest request, Dataset<Row> train) {
        long t0 = System.nanoTime();
        ALSModel model = estimator(request).fit(train);
        return new Fitted(model, (System.nanoTime() - t0) / 1_000_000);
    }
}

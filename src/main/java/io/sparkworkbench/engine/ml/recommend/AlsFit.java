package io.sparkworkbench.engine.ml.recommend;

import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** ALS configured from the request, and one timed fit. */
final class AlsFit {

    static final long RATINGS_PER_BLOCK = 500_000;
    static final int MIN_BLOCKS = 2;
    static final int MAX_BLOCKS = 10;

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

    /**
     * ALS's user and item blocks from the training size: one block per {@value #RATINGS_PER_BLOCK} ratings,
     * between {@value #MIN_BLOCKS} and Spark's default 10. At scale 1 (~100k ratings) Spark's ten blocks make
     * every one of the fit's ~40 jobs ten tasks of a few milliseconds each; two blocks halve the fit there. The
     * count depends on the data only, so the same data and seed give the same factors on any machine.
     */
    static int blocksFor(long ratings) {
        long blocks = (ratings + RATINGS_PER_BLOCK - 1) / RATINGS_PER_BLOCK;
        return (int) Math.max(MIN_BLOCKS, Math.min(MAX_BLOCKS, blocks));
    }

    static Fitted fit(RecommendRequest request, Dataset<Row> train, long trainRatings) {
        long t0 = System.nanoTime();
        int blocks = blocksFor(trainRatings);
        ALSModel model = estimator(request).setNumUserBlocks(blocks).setNumItemBlocks(blocks).fit(train);
        return new Fitted(model, (System.nanoTime() - t0) / 1_000_000);
    }
}

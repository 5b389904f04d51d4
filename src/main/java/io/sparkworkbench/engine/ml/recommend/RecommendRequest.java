package io.sparkworkbench.engine.ml.recommend;

/**
 * What the recommendation form asks for: the ratings, ALS's parameters, the split and the cut-off k of the
 * ranking metrics. {@code holdoutDays} applies to {@link SplitKind#BY_TIME}, {@code testFraction} to
 * {@link SplitKind#RANDOM_PER_USER}; {@code alpha} only to implicit ratings.
 */
public record RecommendRequest(RatingSource source, ImplicitWeights weights, int rank, int maxIterations, double regParam,
                               double alpha, long seed, SplitKind split, int holdoutDays, double testFraction, int k) {

    public static final int MAX_RANK = 200;
    public static final int MAX_ITERATIONS = 100;
    public static final int MAX_K = 100;
    public static final int MAX_HOLDOUT_DAYS = 365;

    public RecommendRequest {
        if (source == null || split == null) {
            throw new IllegalArgumentException("Pick a rating source and a split");
        }
        weights = weights == null ? ImplicitWeights.DEFAULT : weights;
        if (rank < 1 || rank > MAX_RANK) {
            throw new IllegalArgumentException("Rank must be between 1 and " + MAX_RANK + ", not " + rank);
        }
        if (maxIterations < 1 || maxIterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("Iterations must be between 1 and " + MAX_ITERATIONS + ", not " + maxIterations);
        }
        if (!(regParam >= 0 && regParam <= 100)) {
            throw new IllegalArgumentException("regParam must be between 0 and 100, not " + regParam);
        }
        if (!(alpha >= 0 && alpha <= 1000)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1000, not " + alpha);
        }
        if (holdoutDays < 1 || holdoutDays > MAX_HOLDOUT_DAYS) {
            throw new IllegalArgumentException("Held-out days must be between 1 and " + MAX_HOLDOUT_DAYS + ", not " + holdoutDays);
        }
        if (!(testFraction >= 0.05 && testFraction <= 0.5)) {
            throw new IllegalArgumentException("Test share must be between 0.05 and 0.5, not " + testFraction);
        }
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", not " + k);
        }
    }

    /**
     * The form's starting values: implicit ratings, rank 10, 10 iterations, regParam 1 and alpha 1, the last 60
     * days held out, k = 10. On the scale-1 data, alpha 20 or regParam 0.1 over-fitted the weighted counts
     * (ratings of 10 to 100): precision@10 0.025 and 0.048 against 0.058 here (see ADR 0022).
     */
    public static RecommendRequest defaults() {
        return new RecommendRequest(RatingSource.IMPLICIT_EVENTS, ImplicitWeights.DEFAULT, 10, 10, 1.0, 1.0, 42,
                SplitKind.BY_TIME, 60, 0.2, 10);
    }

    /**
     * The regParam the form starts from for a rating source: 1 for implicit weighted counts (above), 0.1 for
     * review stars, where 1 shrank the predictions toward zero (sample data, rank 10: RMSE 1.42 against 1.27
     * at 0.1, and precision@10 0.038 against 0.041).
     */
    public static double defaultRegParam(RatingSource source) {
        return source == RatingSource.EXPLICIT_REVIEWS ? 0.1 : defaults().regParam();
    }

    public RecommendRequest withRankAndRegParam(int newRank, double newRegParam) {
        return new RecommendRequest(source, weights, newRank, maxIterations, newRegParam, alpha, seed, split, holdoutDays,
                testFraction, k);
    }
}

package io.sparkworkbench.engine.ml.recommend;

import java.util.List;

/**
 * The model against its baselines on the same held-out customers, with the split's sizes. {@code testRatings}
 * counts every held-out relevant pair; {@code evaluatedCustomers} the test customers with a training history,
 * on whom all three recommenders are scored; {@code coldCustomers} the test customers without one (ALS has no
 * factors for them), left out of the ranking metrics.
 */
public record RecommendEvaluation(int k, long trainRatings, long testRatings, long evaluatedCustomers, long coldCustomers,
                                  List<ModelScores> models) {

    public RecommendEvaluation {
        models = List.copyOf(models);
    }

    public RankingScores scores(ModelRole role) {
        return models.stream().filter(m -> m.role() == role).findFirst().map(ModelScores::scores)
                .orElseThrow(() -> new IllegalStateException("No " + role.label() + " row in the evaluation"));
    }

    /** ALS's precision@k over the popularity baseline's (infinite when popularity scored 0). */
    public double precisionRatioVsPopular() {
        return scores(ModelRole.ALS).precision() / scores(ModelRole.POPULAR).precision();
    }
}

package io.sparkworkbench.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.ml.recommend.ModelRole;
import io.sparkworkbench.engine.ml.recommend.ModelScores;
import io.sparkworkbench.engine.ml.recommend.RecommendEvaluation;
import io.sparkworkbench.engine.ml.recommend.RecommendRequest;
import io.sparkworkbench.engine.ml.recommend.SplitKind;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MetricsTextTest {

    @Test
    void alsAgainstPopularityIsSaidPlainlyWhetherItWinsOrLoses() {
        assertThat(MetricsText.versusPopular(RecommendFixtures.evaluation(0.12, 0.05)))
                .isEqualTo("ALS is 2.4× popularity on precision@10 (0.120 vs 0.050).");
        assertThat(MetricsText.versusPopular(RecommendFixtures.evaluation(0.04, 0.05)))
                .isEqualTo("ALS is 0.8× popularity on precision@10 (0.040 vs 0.050): the popularity baseline ranks better on this data.");
        assertThat(MetricsText.versusPopular(RecommendFixtures.evaluation(0.04, 0)))
                .isEqualTo("Most popular scored 0 on precision@10; ALS scored 0.040.");
    }

    @Test
    void onExplicitRatingsTheStarsMissedAreSetBesideTheBaselines() {
        RecommendEvaluation stars = new RecommendEvaluation(10, 1_000, 200, 50, 0, List.of(
                new ModelScores(ModelRole.ALS, RecommendFixtures.scores(0.05, OptionalDouble.of(1.421))),
                new ModelScores(ModelRole.POPULAR, RecommendFixtures.scores(0.06, OptionalDouble.of(1.02))),
                new ModelScores(ModelRole.RANDOM, RecommendFixtures.scores(0.01, OptionalDouble.of(1.9)))));
        assertThat(MetricsText.versusPopular(stars)).endsWith("ranks better on this data. RMSE 1.421 stars, against 1.020 for each"
                + " product's mean rating and 1.900 for random stars: product means predict the stars better.");
    }

    @Test
    void theSplitSaysHowManyRatingsTrainedAndJudgedTheModel() {
        RecommendRequest byTime = RecommendRequest.defaults();
        assertThat(MetricsText.split(RecommendFixtures.evaluation(0.1, 0.05), byTime))
                .isEqualTo("Trained on 120,000 ratings; judged on 8,000 held-out ratings of 2,500 customers (the last 60 days held out);"
                        + " 140 held-out customers with no training history are left out of every row (cold start).");
        RecommendRequest random = new RecommendRequest(byTime.source(), byTime.weights(), 10, 10, 0.1, 20, 42, SplitKind.RANDOM_PER_USER,
                60, 0.2, 10);
        assertThat(MetricsText.split(RecommendFixtures.evaluation(0.1, 0.05), random)).contains("(20% of each customer's ratings held out at random)");
    }

    @Test
    void aReloadedModelSaysWhenItWasTrained() {
        RecommendRequest d = RecommendRequest.defaults();
        RecommendRequest request = new RecommendRequest(d.source(), d.weights(), 10, 10, 0.1, 20, 42, d.split(), 60, 0.2, 10);
        assertThat(MetricsText.provenance(RecommendFixtures.result(request, true), ZoneOffset.UTC))
                .isEqualTo("Reloaded the saved model trained 2026-11-30 14:05 (rank 10, 10 iterations, regParam 0.1, implicit ratings, "
                        + "alpha 20, 4 customers × 8 products).");
    }
}

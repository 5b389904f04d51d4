package io.sparkworkbench.engine.cluster;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.recommend.ImplicitWeights;
import io.sparkworkbench.engine.ml.recommend.ModelScores;
import io.sparkworkbench.engine.ml.recommend.RankingScores;
import io.sparkworkbench.engine.ml.recommend.RatingSource;
import io.sparkworkbench.engine.ml.recommend.RecommendEvaluation;
import io.sparkworkbench.engine.ml.recommend.RecommendRequest;
import io.sparkworkbench.engine.ml.recommend.RecommendResult;
import io.sparkworkbench.engine.ml.recommend.RecommendService;
import io.sparkworkbench.engine.ml.recommend.SplitKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The recommender on the generated data at scale {@value #SCALE}: implicit ratings split by time, a small ALS
 * (rank 5, 5 iterations) judged against popularity and random, and every customer's top-10 registered. The split
 * sizes, each recommender's precision@10 and NDCG@10 to 4 places and the top-10's row count must agree; the
 * training ratings are laid out by customer before the fit, so ALS solves the same blocks on the executors.
 */
final class RecommendModels implements ClusterCase {

    static final double SCALE = 0.1;
    private static final RecommendRequest REQUEST = new RecommendRequest(RatingSource.IMPLICIT_EVENTS, ImplicitWeights.DEFAULT, 5, 5,
            1.0, 1.0, 42, SplitKind.BY_TIME, 60, 0.2, 10);

    @Override
    public String name() {
        return "recommend";
    }

    @Override
    public Map<String, Object> run(SparkEngine engine, Path scratch) throws Exception {
        // The generate case wrote this data set on this side already: reuse it, as the churn case does.
        Path folder = scratch.resolveSibling("generate").resolve("generated");
        if (!Files.isDirectory(folder) || GenerationDigests.SCALE != SCALE) {
            folder = scratch.resolve("generated");
            new DataGenService(engine).generate(GenerationRequest.allTables(SCALE, 42, folder, DataFormat.PARQUET))
                    .task().future().get(5, TimeUnit.MINUTES);
        }
        Path data = folder;
        engine.submit("cluster case: open recommendation data", ctx -> DatasetCatalog.register(ctx, data)).future().get(2, TimeUnit.MINUTES);
        RecommendService service = new RecommendService(engine);
        RecommendResult r = service.trainHeadless(DatasetKey.of(data), REQUEST).future().get(5, TimeUnit.MINUTES);
        RecommendEvaluation e = r.evaluation();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ratings (train, test, evaluated customers, cold customers)",
                e.trainRatings() + ", " + e.testRatings() + ", " + e.evaluatedCustomers() + ", " + e.coldCustomers());
        values.put("factors (customers, products)", r.customers() + ", " + r.products());
        for (ModelScores m : e.models()) {
            RankingScores s = m.scores();
            values.put(m.role().label() + " precision@10, NDCG@10", round(s.precision()) + ", " + round(s.ndcg()));
        }
        values.put("customer_recommendations rows", service.registerAll(10).future().get(5, TimeUnit.MINUTES));
        values.put("save", r.saveProblem().orElse("saved"));
        return values;
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN);
    }
}

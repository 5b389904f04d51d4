package io.sparkworkbench.engine.ml.recommend;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineErrors;
import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.ml.DatasetKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.ml.evaluation.RegressionEvaluator;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recommender's Spark work: builds and splits the ratings, fits ALS, judges it against the popularity
 * and random baselines on the same customers, saves it, runs the rank × regParam grid, and writes every
 * customer's top-n. Checks for Stop between Spark steps; Stop itself cancels the running jobs by their tag.
 */
final class RecommendTraining {

    private static final Logger LOG = LoggerFactory.getLogger(RecommendTraining.class);

    private RecommendTraining() {
    }

    /** The rating sources the open data set's tables allow. */
    static Set<RatingSource> sources(EngineContext context) {
        return new RatingTables(context.spark()).sources();
    }

    /** Fits, evaluates against the baselines and saves under {@code models/<dataset>/als/}. */
    static TrainedAls train(EngineContext context, DatasetKey key, RecommendRequest request) {
        try (RatingSplit split = split(context, request)) {
            context.checkCancelled();
            AlsFit.Fitted fitted = AlsFit.fit(request, split.train(), split.counts().trainRatings());
            context.checkCancelled();
            RecommendEvaluation evaluation = evaluateAll(context, request, split, fitted.model());
            context.checkCancelled();
            long customers = fitted.model().userFactors().count();
            long products = fitted.model().itemFactors().count();
            RecommendResult result = new RecommendResult(key, request, evaluation, customers, products, fitted.millis(), Instant.now(),
                    false, Optional.empty());
            return save(context, key, new TrainedAls(fitted.model(), result));
        }
    }

    /** The fit alone on the request's training ratings (nothing evaluated, saved or kept), in milliseconds. */
    static long fitMillis(EngineContext context, RecommendRequest request) {
        try (RatingSplit split = split(context, request)) {
            context.checkCancelled();
            // The factors' cached RDDs are released by Spark's ContextCleaner once the model is unreachable.
            return AlsFit.fit(request, split.train(), split.counts().trainRatings()).millis();
        }
    }

    /** The model saved for {@code key}; empty when none is. */
    static Optional<TrainedAls> loadSaved(EngineContext context, DatasetKey key) {
        return AlsStore.of(context.dataFolder(), key).load(key);
    }

    /** Fits every rank × regParam on one split, reporting each cell as it finishes. */
    static GridResult grid(EngineContext context, RecommendRequest base, List<Integer> ranks, List<Double> regParams,
                           Consumer<GridCell> done) {
        try (RatingSplit split = split(context, base)) {
            RankingEvaluator evaluator = evaluator(context, split, base.k());
            List<GridCell> cells = new ArrayList<>();
            int best = 0;
            for (int rank : ranks) {
                for (double regParam : regParams) {
                    context.checkCancelled();
                    RecommendRequest request = base.withRankAndRegParam(rank, regParam);
                    AlsFit.Fitted fitted = AlsFit.fit(request, split.train(), split.counts().trainRatings());
                    context.checkCancelled();
                    RankingScores scores = alsScores(request, split, evaluator, fitted.model());
                    GridCell cell = new GridCell(rank, regParam, scores, fitted.millis());
                    if (cells.isEmpty() || scores.ndcg() > cells.get(best).scores().ndcg()) {
                        best = cells.size();
                    }
                    cells.add(cell);
                    done.accept(cell);
                }
            }
            return new GridResult(cells, best);
        }
    }

    /** Registers {@code customer_recommendations} (customer_id, rank, product_id, score): top-n per customer, bought excluded. Returns rows. */
    static long registerAll(EngineContext context, TrainedAls trained, int n) {
        return AllRecommendations.register(context.spark(), trained.model(), n);
    }

    /** Category shares of all purchased lines against every customer's top-n. */
    static List<CategoryShare> overallMix(EngineContext context, TrainedAls trained, int n) {
        return AllRecommendations.overallMix(context.spark(), trained.model(), n);
    }

    private static RatingSplit split(EngineContext context, RecommendRequest request) {
        context.checkCancelled();
        return RatingSplit.of(context.spark(), request);
    }

    private static RankingEvaluator evaluator(EngineContext context, RatingSplit split, int k) {
        long products = new RatingTables(context.spark()).products().count();
        return new RankingEvaluator(split.relevant(), split.evaluated(), split.train(), products, k);
    }

    private static RecommendEvaluation evaluateAll(EngineContext context, RecommendRequest request, RatingSplit split, ALSModel model) {
        RankingEvaluator evaluator = evaluator(context, split, request.k());
        List<ModelScores> models = new ArrayList<>();
        models.add(new ModelScores(ModelRole.ALS, alsScores(request, split, evaluator, model)));
        context.checkCancelled();
        RatingSplit.Counts n = split.counts();
        boolean explicit = request.source() == RatingSource.EXPLICIT_REVIEWS;
        RatingBaselines baselines = explicit ? RatingBaselines.of(split.train(), split.relevant(), request.seed()) : null;
        models.add(new ModelScores(ModelRole.POPULAR, scored(evaluator,
                TopLists.popular(split.trainBought(), split.evaluated(), split.trainBought(), request.k(), n.maxBought()),
                explicit ? baselines.productMean() : OptionalDouble.empty())));
        context.checkCancelled();
        Dataset<Row> products = new RatingTables(context.spark()).products();
        long productCount = products.count();
        Dataset<Row> intProducts = RatingSplit.withIntIds(products, "products", RatingTables.PRODUCT);
        models.add(new ModelScores(ModelRole.RANDOM, scored(evaluator, TopLists.random(intProducts, productCount, split.evaluated(),
                split.trainBought(), request.k(), n.maxBought(), request.seed()), explicit ? baselines.random() : OptionalDouble.empty())));
        return new RecommendEvaluation(request.k(), n.trainRatings(), n.testRatings(), n.evaluatedCustomers(), n.coldCustomers(), models);
    }

    private static RankingScores alsScores(RecommendRequest request, RatingSplit split, RankingEvaluator evaluator, ALSModel model) {
        RatingSplit.Counts n = split.counts();
        OptionalDouble rmse = request.source() == RatingSource.EXPLICIT_REVIEWS ? rmse(model, split.relevant()) : OptionalDouble.empty();
        return scored(evaluator, TopLists.als(model, split.evaluated(), split.trainBought(), request.k(), n.maxBought()), rmse);
    }

    private static RankingScores scored(RankingEvaluator evaluator, Dataset<Row> lists, OptionalDouble rmse) {
        Dataset<Row> cached = lists.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            return evaluator.score(cached, rmse);
        } finally {
            cached.unpersist(false);
        }
    }

    /** RMSE on the held-out reviews of customers and products ALS has factors for (cold ones are dropped). */
    private static OptionalDouble rmse(ALSModel model, Dataset<Row> heldOut) {
        Dataset<Row> predicted = model.setColdStartStrategy("drop").transform(heldOut);
        if (predicted.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(new RegressionEvaluator().setMetricName("rmse").setLabelCol(RatingTables.RATING)
                .setPredictionCol("prediction").evaluate(predicted));
    }

    private static TrainedAls save(EngineContext context, DatasetKey key, TrainedAls trained) {
        try {
            AlsStore.of(context.dataFolder(), key).save(trained);
            return trained;
        } catch (EngineException e) {
            // The model is trained and evaluated: losing it because the disk refused would help nobody.
            LOG.warn("Recommendation model not saved", e);
            RecommendResult r = trained.result();
            return new TrainedAls(trained.model(), new RecommendResult(r.key(), r.request(), r.evaluation(), r.customers(), r.products(),
                    r.fitMillis(), r.trainedAt(), false, Optional.of(EngineErrors.describe(e))));
        }
    }
}

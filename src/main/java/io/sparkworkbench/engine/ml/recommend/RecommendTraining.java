package io.sparkworkbench.engine.ml.recommend;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.ml.DatasetKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Contract placeholder: helper "receng" replaces this class (ratings, split, ALS fit, evaluation, grid, persistence, export). */
final class RecommendTraining {

    private RecommendTraining() {
    }

    /** The rating sources the open data set's tables allow. */
    static Set<RatingSource> sources(EngineContext context) {
        throw new UnsupportedOperationException("receng");
    }

    /** Fits, evaluates against the baselines and saves under {@code models/<dataset>/als/}. */
    static TrainedAls train(EngineContext context, DatasetKey key, RecommendRequest request) {
        throw new UnsupportedOperationException("receng");
    }

    /** The model saved for {@code key}; empty when none is. */
    static Optional<TrainedAls> loadSaved(EngineContext context, DatasetKey key) {
        throw new UnsupportedOperationException("receng");
    }

    /** Fits every rank × regParam on one split, reporting each cell as it finishes. */
    static GridResult grid(EngineContext context, RecommendRequest base, List<Integer> ranks, List<Double> regParams,
                           Consumer<GridCell> done) {
        throw new UnsupportedOperationException("receng");
    }

    /** Registers {@code customer_recommendations} (customer_id, rank, product_id, score): top-n per customer, bought excluded. Returns rows. */
    static long registerAll(EngineContext context, TrainedAls trained, int n) {
        throw new UnsupportedOperationException("receng");
    }

    /** Category shares of all purchased lines against every customer's top-n. */
    static List<CategoryShare> overallMix(EngineContext context, TrainedAls trained, int n) {
        throw new UnsupportedOperationException("receng");
    }
}

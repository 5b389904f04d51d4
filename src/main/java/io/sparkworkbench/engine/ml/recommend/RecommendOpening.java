package io.sparkworkbench.engine.ml.recommend;

import io.sparkworkbench.engine.ml.DatasetKey;
import java.util.Optional;
import java.util.Set;

/**
 * A data set opened in the recommendation tab: its key, the rating sources its tables allow, the customer
 * directory for the type-ahead, and the model saved for it (reloaded), or why a saved model could not be read.
 */
public record RecommendOpening(DatasetKey key, Set<RatingSource> sources, CustomerDirectory directory,
                               Optional<RecommendModel> saved, Optional<String> loadProblem) {

    public RecommendOpening {
        sources = Set.copyOf(sources);
    }
}

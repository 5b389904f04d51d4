package io.sparkworkbench.engine.ml.recommend;

import java.util.List;
import java.util.Optional;

/**
 * A customer's top-N. {@code fallback} is empty when ALS produced the list; otherwise it says what was shown
 * instead and why, e.g. "Popular in Germany: the model has no history for this customer".
 */
public record RecommendationList(long customerId, List<Recommendation> items, Optional<String> fallback) {

    public RecommendationList {
        items = List.copyOf(items);
    }
}

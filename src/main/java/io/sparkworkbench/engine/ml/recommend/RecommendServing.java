package io.sparkworkbench.engine.ml.recommend;

import io.sparkworkbench.engine.EngineContext;

/** Contract placeholder: helper "recserve" replaces this class (in-memory directory, recommender, customer card). */
final class RecommendServing {

    private RecommendServing() {
    }

    /** Every customer of the open data set, for the type-ahead. */
    static CustomerDirectory directory(EngineContext context) {
        throw new UnsupportedOperationException("recserve");
    }

    /** Collects the model's factors, the products, what each customer bought and the fallback lists into memory. */
    static Recommender recommender(EngineContext context, TrainedAls trained, CustomerDirectory directory) {
        throw new UnsupportedOperationException("recserve");
    }

    /** One customer's profile, segment and newest {@code historyLimit} purchased lines. */
    static CustomerCard card(EngineContext context, long customerId, int historyLimit) {
        throw new UnsupportedOperationException("recserve");
    }
}

package io.sparkworkbench.engine.ml.recommend;

import java.util.List;
import java.util.Optional;

/**
 * Serves recommendations from ALS's user and item factors held in memory as primitive arrays: a customer's
 * top-N (bought products excluded unless asked for, each with its "because you bought"), similar products,
 * likely buyers of a product, and the stated fallback for customers the model has not seen. Thread-safe and
 * immutable; one customer's list costs well under a millisecond at scale 1.
 */
public final class Recommender {

    /** Contract placeholder: helper "recserve" replaces this class. */
    Recommender() {
        throw new UnsupportedOperationException("recserve");
    }

    public RecommendationList recommend(long customerId, int n, boolean includeBought) {
        throw new UnsupportedOperationException("recserve");
    }

    public List<SimilarProduct> similar(long productId, int n) {
        throw new UnsupportedOperationException("recserve");
    }

    public List<LikelyBuyer> likelyBuyers(long productId, int n) {
        throw new UnsupportedOperationException("recserve");
    }

    public Optional<ProductInfo> product(long productId) {
        throw new UnsupportedOperationException("recserve");
    }

    /** Products whose id starts with, or whose name contains, {@code text}, for the product search box. */
    public List<ProductInfo> searchProducts(String text, int limit) {
        throw new UnsupportedOperationException("recserve");
    }

    public boolean knowsCustomer(long customerId) {
        throw new UnsupportedOperationException("recserve");
    }

    /** History against recommendations by category for one customer: purchased lines vs their top-{@code n}. */
    public List<CategoryShare> categoryMix(long customerId, int n) {
        throw new UnsupportedOperationException("recserve");
    }
}

package io.sparkworkbench.engine.ml.recommend;

/** A customer ALS scores high for a product they have not bought. */
public record LikelyBuyer(long customerId, String name, String country, double score) {
}

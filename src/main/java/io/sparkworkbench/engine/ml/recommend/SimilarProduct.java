package io.sparkworkbench.engine.ml.recommend;

/** A product near another in ALS's item-factor space (cosine similarity, −1..1). */
public record SimilarProduct(ProductInfo product, double similarity) {
}

package io.sparkworkbench.engine.ml.recommend;

import java.util.OptionalLong;

/**
 * One recommended product: ALS's score (or the popularity share for a fallback list), whether the customer
 * already bought it (only shown when the user asks to see bought items), and the bought product nearest to it
 * in factor space ("because you bought X"; empty for fallbacks or when nothing was bought).
 */
public record Recommendation(ProductInfo product, double score, boolean bought, OptionalLong becauseOf, String becauseName) {
}

package io.sparkworkbench.engine.ml.churn;

/** How much a model leans on one feature (an ensemble's importance, or |coefficient| of standardized LR). */
public record FeatureWeight(String feature, double value) {
}

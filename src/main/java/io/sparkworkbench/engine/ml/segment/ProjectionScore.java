package io.sparkworkbench.engine.ml.segment;

/**
 * How well two features alone separate the segments: the mean silhouette of the segment labels in the
 * plane of the two (standardized) features, on a sample. 1 = tight, apart; 0 = overlapping.
 */
public record ProjectionScore(String xFeature, String yFeature, double silhouette) {
}

package io.sparkworkbench.engine.ml.segment;

/** One k of a sweep: the within-cluster sum of squared errors (the elbow chart) and the silhouette. */
public record SweepPoint(int k, double wssse, double silhouette, long fitMillis) {
}

package io.sparkworkbench.engine.ml.segment;

import java.util.Comparator;
import java.util.List;

/**
 * Every k of a sweep and the suggested k: the highest silhouette, the usual automatic choice (the elbow of
 * WSSSE is shown beside it for the user to judge; it has no single agreed definition).
 */
public record SweepResult(List<SweepPoint> points, int suggestedK) {

    public static SweepResult of(List<SweepPoint> points) {
        int best = points.stream().max(Comparator.comparingDouble(SweepPoint::silhouette)).map(SweepPoint::k)
                .orElseThrow(() -> new IllegalArgumentException("A sweep without points suggests no k"));
        return new SweepResult(List.copyOf(points), best);
    }
}

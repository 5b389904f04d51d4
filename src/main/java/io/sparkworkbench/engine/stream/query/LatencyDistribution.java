package io.sparkworkbench.engine.stream.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Latency percentiles over many batches' events from each batch's {@link LatencyProfile}: each of a batch's
 * twenty quantile intervals stands for a twentieth of its events at the interval's midpoint, so big batches
 * weigh more than small ones. Accurate to about a twentieth of a batch's spread.
 */
final class LatencyDistribution {

    private record Point(double latencyMs, double weight) {
    }

    private final List<Point> points = new ArrayList<>();
    private double total;

    void add(LatencyProfile p) {
        long[] q = p.atQuantileMs();
        double weight = (double) p.events() / (q.length - 1);
        for (int i = 0; i + 1 < q.length; i++) {
            points.add(new Point((q[i] + q[i + 1]) / 2.0, weight));
            total += weight;
        }
    }

    void addAll(Collection<LatencyProfile> profiles) {
        profiles.forEach(this::add);
    }

    /** The latency {@code fraction} of the events did not exceed, or -1 without any event. */
    long percentile(double fraction) {
        if (points.isEmpty()) {
            return -1;
        }
        points.sort(Comparator.comparingDouble(Point::latencyMs));
        double target = fraction * total;
        double seen = 0;
        for (Point p : points) {
            seen += p.weight();
            if (seen >= target) {
                return Math.round(p.latencyMs());
            }
        }
        return Math.round(points.get(points.size() - 1).latencyMs());
    }
}

package io.sparkworkbench.engine.graph;

import java.util.List;

/**
 * Triangles (edge direction ignored) and the local clustering coefficient 2T / (d(d − 1)), d the number of
 * distinct neighbours. {@code averageClustering} averages over nodes with d ≥ 2 (others have none).
 */
public record TriangleResult(long triangles, double averageClustering, List<RankedNode> topByTriangles, long millis, String view) {

    public TriangleResult {
        topByTriangles = List.copyOf(topByTriangles);
    }
}

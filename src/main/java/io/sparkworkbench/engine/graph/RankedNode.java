package io.sparkworkbench.engine.graph;

/** A node with one score (PageRank, degree, triangles): rows of the tab's top-N tables. */
public record RankedNode(long id, String label, double score) {
}

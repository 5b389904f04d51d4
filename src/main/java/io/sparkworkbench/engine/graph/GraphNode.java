package io.sparkworkbench.engine.graph;

/** A node as search and neighbour lists show it. {@code weight} is the connecting edge's weight, 0 in search results. */
public record GraphNode(long id, String label, long degree, double weight) {
}

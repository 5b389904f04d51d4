package io.sparkworkbench.engine.graph;

import java.util.List;

/**
 * A node's neighbours, heaviest edge first, at most the cap asked for; {@code total} counts them all.
 * In a directed graph {@code outgoing} are the nodes it points to and {@code incoming} those pointing to it;
 * an undirected graph has only {@code outgoing}.
 */
public record Neighbours(GraphNode node, List<GraphNode> outgoing, long outTotal, List<GraphNode> incoming, long inTotal) {

    public Neighbours {
        outgoing = List.copyOf(outgoing);
        incoming = List.copyOf(incoming);
    }
}

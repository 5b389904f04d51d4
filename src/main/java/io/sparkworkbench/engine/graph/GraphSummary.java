package io.sparkworkbench.engine.graph;

import java.util.List;

/**
 * An opened graph: how big, whether directed, and what the user should know about how it was built
 * (pairs filtered out, ids mapped from strings, no segments to colour by).
 *
 * @param hasSegments whether nodes carry a customer segment (the social graph with {@code customer_segments})
 */
public record GraphSummary(GraphSource source, long nodes, long edges, boolean directed, boolean hasSegments, List<String> notes) {

    public GraphSummary {
        notes = List.copyOf(notes);
    }
}

package io.sparkworkbench.engine.graph;

import java.util.List;
import java.util.Optional;

/**
 * An opened graph: how big, whether directed, and what the user should know about how it was built
 * (pairs filtered out, ids mapped from strings, no segments to colour by).
 *
 * @param hasSegments whether nodes carry a customer segment (the social graph with {@code customer_segments})
 * @param homophily   how much more often an edge joins one segment than a random pair would; empty without segments
 */
public record GraphSummary(GraphSource source, long nodes, long edges, boolean directed, boolean hasSegments, List<String> notes,
                           Optional<Homophily> homophily) {

    public GraphSummary {
        notes = List.copyOf(notes);
        if (homophily == null) {
            throw new IllegalArgumentException("homophily must be Optional.empty(), not null");
        }
    }
}

package io.sparkworkbench.engine.graph;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * An opened graph as two cached Spark tables, the input of every {@link GraphAlgorithms} call (engine side
 * only: the UI sees {@link GraphSummary}). {@code edges}: src BIGINT, dst BIGINT, weight DOUBLE, each pair once
 * (an undirected graph stores it once with src &lt; dst). {@code nodes}: id BIGINT, label STRING, category STRING,
 * segment INT, segment_name STRING (the last three null where the source has none); every edge end is a node.
 * Two GraphData with the same {@code edges} object are the same graph (re-attached segments give new nodes only).
 *
 * @param segments the {@code customer_segments} table the nodes' segments were read from (kept to tell whether the
 *                 view changed since), null when the nodes carry no segments
 */
public record GraphData(GraphSource source, Dataset<Row> edges, Dataset<Row> nodes, boolean directed, Dataset<Row> segments,
                        long nodeCount, long edgeCount, List<String> notes) {

    public GraphData {
        notes = List.copyOf(notes);
    }

    /** Whether nodes carry a customer segment (the social graph with {@code customer_segments}). */
    public boolean hasSegments() {
        return segments != null;
    }

    /** The same graph with other (cached, counted) nodes carrying {@code segments}, and notes to match. */
    GraphData withNodes(Dataset<Row> cachedNodes, Dataset<Row> segments, List<String> notes) {
        return new GraphData(source, edges, cachedNodes, directed, segments, nodeCount, edgeCount, notes);
    }

    GraphSummary summary(Optional<Homophily> homophily) {
        return new GraphSummary(source, nodeCount, edgeCount, directed, hasSegments(), notes, homophily);
    }

    /** Drops the cached tables; the graph cannot be used afterwards. */
    void release() {
        edges.unpersist(false);
        nodes.unpersist(false);
    }
}

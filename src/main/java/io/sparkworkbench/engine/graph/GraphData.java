package io.sparkworkbench.engine.graph;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * An opened graph as two cached Spark tables, the input of every {@link GraphAlgorithms} call (engine side
 * only: the UI sees {@link GraphSummary}). {@code edges}: src BIGINT, dst BIGINT, weight DOUBLE, each pair once
 * (an undirected graph stores it once with src &lt; dst). {@code nodes}: id BIGINT, label STRING, category STRING,
 * segment INT, segment_name STRING (the last three null where the source has none); every edge end is a node.
 */
public record GraphData(GraphSource source, Dataset<Row> edges, Dataset<Row> nodes, boolean directed, boolean hasSegments,
                        long nodeCount, long edgeCount, List<String> notes) {

    public GraphData {
        notes = List.copyOf(notes);
    }

    GraphSummary summary() {
        return new GraphSummary(source, nodeCount, edgeCount, directed, hasSegments, notes);
    }

    /** Drops the cached tables; the graph cannot be used afterwards. */
    void release() {
        edges.unpersist(false);
        nodes.unpersist(false);
    }
}

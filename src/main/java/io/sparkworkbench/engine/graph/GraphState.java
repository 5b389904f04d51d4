package io.sparkworkbench.engine.graph;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The open graph, its homophily, and the cached result table behind each graph view, dropped together when another
 * graph opens. The nodes can be swapped for ones with fresh segments ({@link #replaceNodes}); edges and results stay.
 */
final class GraphState {

    private volatile GraphData graph;
    private volatile Optional<Homophily> homophily;
    private final Map<String, Dataset<Row>> results = new ConcurrentHashMap<>();
    private volatile boolean released;

    GraphState(GraphData graph, Optional<Homophily> homophily) {
        this.graph = graph;
        this.homophily = homophily;
    }

    GraphData graph() {
        return graph;
    }

    GraphSummary summary() {
        return graph.summary(homophily);
    }

    /** Keeps {@code table} as the result behind {@code view} and registers the view (with node labels); the one it replaces is dropped. */
    synchronized void put(String view, Dataset<Row> table) {
        if (released) {
            // Another graph opened while this result was computed: it belongs to no view.
            table.unpersist(false);
            return;
        }
        Dataset<Row> old = results.put(view, table);
        withLabels(graph, table).createOrReplaceTempView(view);
        if (old != null && old != table) {
            old.unpersist(false);
        }
    }

    Optional<Dataset<Row>> result(String view) {
        return Optional.ofNullable(results.get(view));
    }

    /**
     * Swaps in {@code next} (the same edges, new cached nodes) and its homophily; graph_nodes and every result view are
     * registered again over the new nodes, so no view reads the dropped ones. False when this graph was released meanwhile.
     */
    synchronized boolean replaceNodes(GraphData next, Optional<Homophily> measured) {
        if (released) {
            return false;
        }
        if (next.edges() != graph.edges()) {
            throw new IllegalArgumentException("Only the nodes of the open graph can be replaced, not its edges");
        }
        GraphData previous = graph;
        graph = next;
        homophily = measured;
        next.nodes().createOrReplaceTempView(GraphViews.NODES);
        results.forEach((view, table) -> withLabels(next, table).createOrReplaceTempView(view));
        previous.nodes().unpersist(false);
        return true;
    }

    synchronized void release(SparkSession spark, GraphAlgorithms algorithms) {
        released = true;
        for (String view : GraphViews.RESULTS) {
            spark.catalog().dropTempView(view);
        }
        results.values().forEach(t -> t.unpersist(false));
        results.clear();
        algorithms.release(graph);
        graph.release();
    }

    /** A result table with the node's label beside its id, as the view shows it. */
    private static Dataset<Row> withLabels(GraphData graph, Dataset<Row> table) {
        Dataset<Row> labels = graph.nodes().select(col("id").as("node_id"), col("label"));
        List<Column> columns = new ArrayList<>();
        columns.add(table.col("id"));
        columns.add(col("label"));
        for (String c : table.columns()) {
            if (!c.equals("id")) {
                columns.add(table.col(c));
            }
        }
        return table.join(labels, table.col("id").equalTo(labels.col("node_id")), "left").select(columns.toArray(Column[]::new));
    }
}

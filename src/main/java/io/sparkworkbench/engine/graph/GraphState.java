package io.sparkworkbench.engine.graph;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The open graph and the cached result table behind each graph view, dropped together when another graph opens. */
final class GraphState {

    private final GraphData graph;
    private final Map<String, Dataset<Row>> results = new ConcurrentHashMap<>();
    private volatile boolean released;

    GraphState(GraphData graph) {
        this.graph = graph;
    }

    GraphData graph() {
        return graph;
    }

    /** Keeps {@code table} as the result behind {@code view} and registers the view; the one it replaces is dropped. */
    synchronized void put(String view, Dataset<Row> table, Dataset<Row> shown) {
        if (released) {
            // Another graph opened while this result was computed: it belongs to no view.
            table.unpersist(false);
            return;
        }
        Dataset<Row> old = results.put(view, table);
        shown.createOrReplaceTempView(view);
        if (old != null && old != table) {
            old.unpersist(false);
        }
    }

    Optional<Dataset<Row>> result(String view) {
        return Optional.ofNullable(results.get(view));
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
}

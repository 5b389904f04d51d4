package io.sparkworkbench.engine.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.when;

import io.sparkworkbench.engine.EngineException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Single-node questions the visualizer asks on hover and click: neighbours and search. Each returns a capped list. */
final class GraphLookups {

    public static final int MAX_RESULTS = 1_000;

    private GraphLookups() {
    }

    static Neighbours neighbours(GraphState state, long id, int cap) {
        int limit = Math.max(1, Math.min(cap, MAX_RESULTS));
        GraphData graph = state.graph();
        Dataset<Row> labelled = labelled(state);
        List<Row> self = labelled.where(col("id").equalTo(id)).collectAsList();
        if (self.isEmpty()) {
            throw new EngineException("Node " + id + " is not in the " + graph.source().describe());
        }
        GraphNode node = node(self.get(0), 0);
        Dataset<Row> e = graph.edges();
        Dataset<Row> out = e.where(col("src").equalTo(id)).select(col("dst").as("other"), col("weight"));
        Dataset<Row> in = e.where(col("dst").equalTo(id)).select(col("src").as("other"), col("weight"));
        if (!graph.directed()) {
            Dataset<Row> both = out.union(in);
            return new Neighbours(node, list(labelled, both, limit), both.count(), List.of(), 0);
        }
        return new Neighbours(node, list(labelled, out, limit), out.count(), list(labelled, in, limit), in.count());
    }

    static List<GraphNode> search(GraphState state, String text, int limit) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return List.of();
        }
        Column match = lower(col("label")).contains(t.toLowerCase(java.util.Locale.ROOT));
        Column exact = lit(false);
        try {
            long asId = Long.parseLong(t);
            exact = col("id").equalTo(asId);
            match = match.or(exact);
        } catch (NumberFormatException notAnId) {
            // Text only: search the labels.
        }
        List<GraphNode> out = new ArrayList<>();
        Dataset<Row> hits = labelled(state).where(match)
                .orderBy(when(exact, 0).otherwise(1), col("degree").desc(), col("id")).limit(Math.max(1, Math.min(limit, MAX_RESULTS)));
        for (Row r : hits.collectAsList()) {
            out.add(node(r, 0));
        }
        return out;
    }

    private static List<GraphNode> list(Dataset<Row> labelled, Dataset<Row> others, int limit) {
        List<GraphNode> out = new ArrayList<>();
        Dataset<Row> joined = others.join(labelled, others.col("other").equalTo(labelled.col("id")))
                .orderBy(col("weight").desc(), col("degree").desc(), col("id")).limit(limit);
        for (Row r : joined.select("id", "label", "degree", "weight").collectAsList()) {
            out.add(node(r, r.getDouble(3)));
        }
        return out;
    }

    private static Dataset<Row> labelled(GraphState state) {
        Dataset<Row> degrees = state.result(GraphViews.DEGREES).orElseThrow().select(col("id").as("d_id"), col("degree"));
        Dataset<Row> nodes = state.graph().nodes().select(col("id"), col("label"));
        return nodes.join(degrees, col("id").equalTo(col("d_id"))).select("id", "label", "degree");
    }

    private static GraphNode node(Row r, double weight) {
        return new GraphNode(r.getLong(r.fieldIndex("id")), r.getString(r.fieldIndex("label")), r.getLong(r.fieldIndex("degree")), weight);
    }
}

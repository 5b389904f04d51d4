package io.sparkworkbench.engine.graph;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.sum;

import io.sparkworkbench.engine.EngineException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Collapses the open graph onto its communities (one super-node per community, edges summed between them), so a
 * graph far beyond the drawing budget can still be drawn whole. Grouping and summing happen in Spark; the driver
 * receives at most the two budgets of rows.
 */
final class CommunityGraphs {

    private CommunityGraphs() {
    }

    static CommunityGraph build(GraphState state, int nodeBudget, int edgeBudget) {
        Dataset<Row> communities = state.result(GraphViews.COMMUNITIES)
                .orElseThrow(() -> new EngineException("Run label propagation first: the super-nodes are its communities"))
                .select(col("id"), col("community"));
        GraphData graph = state.graph();
        Dataset<Row> degrees = state.result(GraphViews.DEGREES).orElseThrow().select(col("id"), col("degree"));
        Dataset<Row> members = communities.join(degrees, "id").join(graph.nodes().select(col("id"), col("label")), "id");
        Dataset<Row> sizes = members.groupBy(col("community"))
                .agg(count(lit(1)).as("members"), max_by(col("label"), col("degree")).as("label")).cache();
        try {
            long total = sizes.count();
            List<Row> top = sizes.orderBy(col("members").desc(), col("community")).limit(nodeBudget).collectAsList();
            int n = top.size();
            long[] ids = new long[n];
            String[] labels = new String[n];
            long[] counts = new long[n];
            Map<Long, Integer> index = new HashMap<>();
            for (int i = 0; i < n; i++) {
                Row r = top.get(i);
                ids[i] = r.getLong(0);
                counts[i] = r.getLong(1);
                labels[i] = String.format(Locale.ROOT, "%s +%,d", r.isNullAt(2) ? Long.toString(ids[i]) : r.getString(2), counts[i] - 1);
                index.put(ids[i], i);
            }
            Dataset<Row> shown = broadcast(graph.nodes().sparkSession()
                    .createDataset(java.util.Arrays.stream(ids).boxed().toList(), org.apache.spark.sql.Encoders.LONG()).toDF("kept"));
            Dataset<Row> s = communities.select(col("id").as("s_id"), col("community").as("cs"));
            Dataset<Row> t = communities.select(col("id").as("t_id"), col("community").as("ct"));
            Dataset<Row> between = graph.edges().join(s, col("src").equalTo(col("s_id"))).join(t, col("dst").equalTo(col("t_id")))
                    .where(col("cs").notEqual(col("ct")));
            // Label propagation ignores direction, so the super-edges do too: one edge per unordered pair.
            Dataset<Row> pairs = between.select(least(col("cs"), col("ct")).as("a"), greatest(col("cs"), col("ct")).as("b"), col("weight"))
                    .join(shown, col("a").equalTo(col("kept")), "left_semi")
                    .join(shown.select(col("kept").as("kept_b")), col("b").equalTo(col("kept_b")), "left_semi")
                    .groupBy("a", "b").agg(sum("weight").as("weight")).cache();
            try {
                long totalEdges = pairs.count();
                List<Row> edges = pairs.orderBy(col("weight").desc(), col("a"), col("b")).limit(edgeBudget).collectAsList();
                int m = edges.size();
                int[] source = new int[m];
                int[] target = new int[m];
                double[] weight = new double[m];
                for (int e = 0; e < m; e++) {
                    source[e] = index.get(edges.get(e).getLong(0));
                    target[e] = index.get(edges.get(e).getLong(1));
                    weight[e] = edges.get(e).getDouble(2);
                }
                String note = String.format(Locale.US, "%,d nodes as %s%,d communities%s",
                        graph.nodeCount(), n < total ? String.format(Locale.US, "the largest %,d of ", n) : "", total,
                        m < totalEdges ? String.format(Locale.US, "; the %,d heaviest of %,d links between them", m, totalEdges) : "");
                return new CommunityGraph(ids, labels, counts, source, target, weight, total, totalEdges, note);
            } finally {
                pairs.unpersist(false);
            }
        } finally {
            sizes.unpersist(false);
        }
    }
}

package io.sparkworkbench.engine.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.xxhash64;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Label propagation's guard against hubs (ADR 0024). GraphX's label propagation gives every node a map of
 * label → count and merges one map per edge; a hub's map grows with its degree, so each superstep costs it
 * about degree², which is what kept a 1M-edge power-law graph busy for more than 10 minutes. Here a node with
 * more than {@code cap} edges keeps each edge with probability cap / degree, decided by a hash of the edge (the
 * same edges whatever the partitioning), so it still hears about cap neighbours: a fair sample of the labels
 * around it. A node left with no edge at all takes the most frequent label among its full neighbourhood.
 */
final class HubGuard {

    private static final long BUCKETS = 1_000_003L;

    /** The (cached) edges label propagation uses, how many nodes were hubs, and how many edges survived. */
    record Guarded(Dataset<Row> edges, long hubs, long edgesKept) {
    }

    private HubGuard() {
    }

    /** @param canonical each unordered pair once, src &lt; dst; @param cap 0 = no guard */
    static Guarded apply(Dataset<Row> canonical, int cap) {
        Dataset<Row> degree = canonical.select(col("src").as("id")).union(canonical.select(col("dst").as("id")))
                .groupBy("id").agg(count(lit(1)).as("d"));
        if (cap == 0) {
            Dataset<Row> all = canonical.cache();
            return new Guarded(all, 0, all.count());
        }
        Dataset<Row> ds = degree.select(col("id").as("s_id"), col("d").as("s_d"));
        Dataset<Row> dd = degree.select(col("id").as("d_id"), col("d").as("d_d"));
        Column u = pmod(xxhash64(col("src"), col("dst"), lit("hub-guard")), lit(BUCKETS)).divide((double) BUCKETS);
        Dataset<Row> kept = canonical.join(ds, col("src").equalTo(col("s_id"))).join(dd, col("dst").equalTo(col("d_id")))
                // Kept with probability min(1, cap / the larger degree of its two ends).
                .where(u.multiply(greatest(col("s_d"), col("d_d"))).lt(cap))
                .select("src", "dst", "weight").cache();
        long hubs = degree.where(col("d").gt(cap)).count();
        return new Guarded(kept, hubs, kept.count());
    }

    /**
     * Every node of the graph with a community: the one label propagation found, or, for a node the guard
     * cut off, the most frequent among its neighbours' (ties to the larger label), or else its own id.
     */
    static Dataset<Row> labelEveryNode(GraphData graph, Dataset<Row> found) {
        Dataset<Row> nodes = graph.nodes().select("id");
        Dataset<Row> missing = nodes.join(found, nodes.col("id").equalTo(found.col("id")), "left_anti");
        Dataset<Row> c = GraphXGraphs.canonical(graph.edges());
        Dataset<Row> pairs = c.select(col("src").as("node"), col("dst").as("other")).union(c.select(col("dst").as("node"), col("src").as("other")));
        Dataset<Row> votes = missing.join(pairs, missing.col("id").equalTo(pairs.col("node")))
                .join(found.select(col("id").as("other_id"), col("community")), col("other").equalTo(col("other_id")))
                .groupBy(col("node"), col("community")).agg(count(lit(1)).as("votes"))
                .groupBy(col("node")).agg(max(struct(col("votes"), col("community"))).getField("community").as("community"));
        Dataset<Row> repaired = missing.join(votes, missing.col("id").equalTo(votes.col("node")), "left")
                .select(missing.col("id"), org.apache.spark.sql.functions.coalesce(col("community"), missing.col("id")).as("community"));
        return found.select("id", "community").union(repaired);
    }
}

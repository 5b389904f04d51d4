package io.sparkworkbench.engine.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Measures {@link Homophily} on an open graph's node and edge tables, in Spark: one row comes back from each of two
 * aggregates. Each stored edge counts once (a directed pair named both ways counts twice, as it is two edges); weights
 * are not used, since "friends" means an edge, not how often it was named.
 */
final class SegmentHomophily {

    private SegmentHomophily() {
    }

    /** Empty when the graph carries no segments, or no edge joins two nodes that both have one. */
    static Optional<Homophily> measure(GraphData graph) {
        if (!graph.hasSegments()) {
            return Optional.empty();
        }
        Dataset<Row> segmented = graph.nodes().where(col("segment").isNotNull()).select(col("id"), col("segment"));
        Dataset<Row> a = segmented.select(col("id").as("a_id"), col("segment").as("a_segment"));
        Dataset<Row> b = segmented.select(col("id").as("b_id"), col("segment").as("b_segment"));
        Row edges = graph.edges().join(a, col("src").equalTo(col("a_id"))).join(b, col("dst").equalTo(col("b_id")))
                .agg(count(lit(1)), sum(when(col("a_segment").equalTo(col("b_segment")), 1L).otherwise(0L))).first();
        long compared = edges.getLong(0);
        if (compared == 0) {
            return Optional.empty();
        }
        // Σ (n_s / N)² over segments = Σ n_s² / N², summed in Spark over one row per segment.
        Row nodes = segmented.groupBy("segment").agg(count(lit(1)).as("n"))
                .agg(sum(col("n")), sum(col("n").cast("double").multiply(col("n"))), count(lit(1))).first();
        long total = nodes.getLong(0);
        double random = nodes.getDouble(1) / ((double) total * total);
        return Optional.of(new Homophily(edges.getLong(1) / (double) compared, random, compared, total, (int) nodes.getLong(2)));
    }
}

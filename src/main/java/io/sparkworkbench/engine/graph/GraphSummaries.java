package io.sparkworkbench.engine.graph;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The small driver-side records made from result tables: top-N lists, histograms, group sizes. Every collect is limited. */
final class GraphSummaries {

    record Sizes(long groups, List<ComponentSize> largest, long singletons) {
    }

    private GraphSummaries() {
    }

    /** The {@code n} nodes of highest {@code score} (ties by smaller id), with labels. */
    static List<RankedNode> top(GraphData graph, Dataset<Row> table, String score, int n) {
        Dataset<Row> best = table.select(col("id"), col(score).cast("double").as("score")).orderBy(col("score").desc(), col("id")).limit(n);
        List<RankedNode> out = new ArrayList<>();
        Dataset<Row> labelled = best.join(graph.nodes().select(col("id"), col("label")), "id").orderBy(col("score").desc(), col("id"));
        for (Row r : labelled.collectAsList()) {
            out.add(new RankedNode(r.getLong(0), r.getString(2), r.getDouble(1)));
        }
        return out;
    }

    static DegreeDistribution degrees(GraphData graph, Dataset<Row> degrees, int bins, int n) {
        Row stats = degrees.agg(max("in_degree"), max("out_degree"), max("degree"), avg("degree")).first();
        // One row per distinct degree value d: how many nodes have in-, out- and total degree d.
        Dataset<Row> values = degrees.select(col("in_degree").as("d"), lit(1).as("i"), lit(0).as("o"), lit(0).as("t"))
                .union(degrees.select(col("out_degree").as("d"), lit(0).as("i"), lit(1).as("o"), lit(0).as("t")))
                .union(degrees.select(col("degree").as("d"), lit(0).as("i"), lit(0).as("o"), lit(1).as("t")));
        List<Row> rows = values.groupBy("d").agg(sum("i"), sum("o"), sum("t")).orderBy("d").limit(bins + 1).collectAsList();
        List<DegreeBin> out = new ArrayList<>();
        for (int i = 0; i < Math.min(bins, rows.size()); i++) {
            Row r = rows.get(i);
            out.add(new DegreeBin(r.getLong(0), r.getLong(1), r.getLong(2), r.getLong(3)));
        }
        return new DegreeDistribution(out, rows.size() > bins, stats.getLong(0), stats.getLong(1), stats.getLong(2), stats.getDouble(3),
                top(graph, degrees, "degree", n));
    }

    /** How many groups {@code column} makes, the {@code n} largest (ties by smaller id), and how many hold one node. */
    static Sizes sizes(Dataset<Row> table, String column, int n) {
        Dataset<Row> sizes = table.groupBy(col(column).as("group")).agg(count(lit(1)).as("nodes")).cache();
        try {
            Row totals = sizes.agg(count(lit(1)), sum(when(col("nodes").equalTo(1), 1).otherwise(0))).first();
            List<ComponentSize> largest = new ArrayList<>();
            for (Row r : sizes.orderBy(col("nodes").desc(), col("group")).limit(n).collectAsList()) {
                largest.add(new ComponentSize(r.getLong(0), r.getLong(1)));
            }
            return new Sizes(totals.getLong(0), largest, totals.isNullAt(1) ? 0 : totals.getLong(1));
        } finally {
            sizes.unpersist(false);
        }
    }

    /** Per landmark: nodes reaching it, mean hops, and nodes at each hop count (hop counts are few: at most the diameter). */
    static List<LandmarkReach> reach(GraphData graph, Dataset<Row> paths, long[] landmarks) {
        Map<Long, String> labels = new java.util.HashMap<>();
        for (Row r : graph.nodes().where(col("id").isin(boxed(landmarks))).select("id", "label").collectAsList()) {
            labels.put(r.getLong(0), r.getString(1));
        }
        Map<Long, long[]> atHops = new java.util.HashMap<>();
        List<Row> rows = paths.groupBy("landmark", "hops").agg(count(lit(1))).collectAsList();
        int maxHops = rows.stream().mapToInt(r -> r.getInt(1)).max().orElse(0);
        for (Row r : rows) {
            atHops.computeIfAbsent(r.getLong(0), k -> new long[maxHops + 1])[r.getInt(1)] = r.getLong(2);
        }
        List<LandmarkReach> out = new ArrayList<>();
        for (long landmark : landmarks) {
            long[] hops = atHops.getOrDefault(landmark, new long[0]);
            long reachable = 0;
            double total = 0;
            for (int h = 0; h < hops.length; h++) {
                reachable += hops[h];
                total += (double) h * hops[h];
            }
            int last = hops.length;
            while (last > 0 && hops[last - 1] == 0) {
                last--;
            }
            out.add(new LandmarkReach(landmark, labels.getOrDefault(landmark, Long.toString(landmark)), reachable,
                    reachable == 0 ? 0 : total / reachable, java.util.Arrays.copyOf(hops, last)));
        }
        return out;
    }

    static Object[] boxed(long[] ids) {
        Object[] out = new Object[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = ids[i];
        }
        return out;
    }
}

package io.sparkworkbench.engine.graph;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.sparkworkbench.engine.EngineException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What the visualizer draws: the nodes passing a {@link NodeFilter} with every attribute computed so far, and
 * the edges among them, as primitive arrays within a budget. Filtering, ordering and limiting happen in Spark;
 * the driver receives at most the budget (plus one count).
 */
final class NodeSelection {

    private NodeSelection() {
    }

    static NodeAttributes attributes(GraphState state, NodeFilter filter) {
        GraphData graph = state.graph();
        Dataset<Row> nodes = graph.nodes().select(col("id"), col("label"), col("segment"));
        Dataset<Row> degrees = state.result(GraphViews.DEGREES).orElseThrow().select(col("id").as("d_id"), col("degree"));
        Dataset<Row> all = nodes.join(degrees, col("id").equalTo(col("d_id"))).drop("d_id");
        all = withResult(all, state, GraphViews.PAGERANK, "rank", lit(Double.NaN));
        all = withResult(all, state, GraphViews.COMMUNITIES, "community", lit(-1L));
        all = withResult(all, state, GraphViews.COMPONENTS, "component", lit(-1L));
        List<String> conditions = new ArrayList<>();
        if (filter.minDegree() > 0) {
            all = all.where(col("degree").geq(filter.minDegree()));
            conditions.add("degree ≥ " + filter.minDegree());
        }
        if (filter.community().isPresent()) {
            if (state.result(GraphViews.COMMUNITIES).isEmpty()) {
                throw new EngineException("Run label propagation first: there are no communities to filter by");
            }
            all = all.where(col("community").equalTo(filter.community().getAsLong()));
            conditions.add("community " + filter.community().getAsLong());
        }
        Dataset<Row> ego = null;
        if (filter.egoCenter().isPresent()) {
            ego = egoNetwork(graph, filter.egoCenter().getAsLong(), filter.egoHops());
            all = all.join(ego, all.col("id").equalTo(ego.col("ego_id")), "left_semi");
            conditions.add("within " + filter.egoHops() + " hops of " + filter.egoCenter().getAsLong());
        }
        try {
            return collect(graph, all, filter, conditions, state.result(GraphViews.PAGERANK).isPresent());
        } finally {
            if (ego != null) {
                ego.unpersist(false);
            }
        }
    }

    private static NodeAttributes collect(GraphData graph, Dataset<Row> all, NodeFilter filter, List<String> conditions, boolean ranked) {
        Column[] order = ranked ? new Column[] {col("rank").desc(), col("degree").desc(), col("id")}
                : new Column[] {col("degree").desc(), col("id")};
        long passing = all.count();
        long matching = filter.topN() > 0 ? Math.min(filter.topN(), passing) : passing;
        int limit = (int) Math.min(filter.budget(), matching);
        List<Row> rows = all.orderBy(order).limit(limit).collectAsList();
        int n = rows.size();
        long[] ids = new long[n];
        String[] labels = new String[n];
        int[] degree = new int[n];
        double[] rank = new double[n];
        long[] community = new long[n];
        long[] component = new long[n];
        int[] segment = new int[n];
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            ids[i] = r.getLong(r.fieldIndex("id"));
            labels[i] = r.getString(r.fieldIndex("label"));
            degree[i] = (int) Math.min(Integer.MAX_VALUE, r.getLong(r.fieldIndex("degree")));
            rank[i] = r.getDouble(r.fieldIndex("rank"));
            community[i] = r.getLong(r.fieldIndex("community"));
            component[i] = r.getLong(r.fieldIndex("component"));
            int s = r.fieldIndex("segment");
            segment[i] = r.isNullAt(s) ? -1 : r.getInt(s);
        }
        String by = ranked ? "highest PageRank" : "highest degree";
        String what = (filter.topN() > 0 ? "top " + filter.topN() + " by " + (ranked ? "PageRank" : "degree") : "all nodes")
                + (conditions.isEmpty() ? "" : " with " + String.join(", ", conditions));
        String note = matching > n
                ? "Showing the " + n + " " + by + " of " + matching + " nodes (" + what + "); the rest are cut to stay within "
                        + filter.budget() + " nodes"
                : "Showing " + n + " nodes (" + what + ")";
        return new NodeAttributes(ids, labels, degree, rank, community, component, segment, segmentNames(graph), matching, note);
    }

    static EdgeArrays edges(GraphState state, long[] ids, int budget) {
        GraphData graph = state.graph();
        SparkSession spark = graph.nodes().sparkSession();
        List<Row> indexRows = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            indexRows.add(RowFactory.create(ids[i], i));
        }
        StructType schema = new StructType().add("node", DataTypes.LongType, false).add("index", DataTypes.IntegerType, false);
        Dataset<Row> index = spark.createDataFrame(indexRows, schema);
        Dataset<Row> s = broadcast(index.select(col("node").as("s_node"), col("index").as("s_index")));
        Dataset<Row> t = broadcast(index.select(col("node").as("t_node"), col("index").as("t_index")));
        Dataset<Row> among = graph.edges().join(s, col("src").equalTo(col("s_node"))).join(t, col("dst").equalTo(col("t_node")))
                .select(col("s_index"), col("t_index"), col("weight"));
        long matching = among.count();
        List<Row> rows = among.orderBy(col("weight").desc(), col("s_index"), col("t_index")).limit((int) Math.min(budget, matching))
                .collectAsList();
        int n = rows.size();
        int[] source = new int[n];
        int[] target = new int[n];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            source[i] = rows.get(i).getInt(0);
            target[i] = rows.get(i).getInt(1);
            weight[i] = rows.get(i).getDouble(2);
        }
        String note = matching > n
                ? "Showing the " + n + " heaviest of " + matching + " edges among these nodes; the rest are cut to stay within " + budget
                : "Showing all " + n + " edges among these nodes";
        return new EdgeArrays(source, target, weight, graph.directed(), matching, note);
    }

    /** The ids within {@code hops} of {@code center}, direction ignored, as a cached one-column table (ego_id) the caller unpersists. */
    static Dataset<Row> egoNetwork(GraphData graph, long center, int hops) {
        if (graph.nodes().where(col("id").equalTo(center)).limit(1).count() == 0) {
            throw new EngineException("Node " + center + " is not in the " + graph.source().describe());
        }
        Dataset<Row> e = graph.edges();
        Dataset<Row> pairs = e.select(col("src").as("a"), col("dst").as("b")).union(e.select(col("dst").as("a"), col("src").as("b")));
        SparkSession spark = graph.nodes().sparkSession();
        Dataset<Row> reached = spark.range(1).select(lit(center).as("ego_id"));
        Dataset<Row> frontier = reached;
        List<Dataset<Row>> cached = new ArrayList<>();
        for (int h = 0; h < hops; h++) {
            Dataset<Row> next = frontier.join(pairs, col("ego_id").equalTo(col("a"))).select(col("b").as("ego_id")).distinct()
                    .join(reached, "ego_id", "left_anti").cache();
            cached.add(next);
            if (next.count() == 0) {
                break;
            }
            reached = reached.union(next).cache();
            cached.add(reached);
            frontier = next;
        }
        Dataset<Row> result = reached.select("ego_id").cache();
        result.count();
        cached.forEach(d -> d.unpersist(false));
        return result;
    }

    private static Dataset<Row> withResult(Dataset<Row> all, GraphState state, String view, String column, Column missing) {
        return state.result(view).map(t -> {
            Dataset<Row> r = t.select(col("id").as(view + "_id"), col(column));
            return all.join(r, all.col("id").equalTo(r.col(view + "_id")), "left").drop(view + "_id")
                    .withColumn(column, org.apache.spark.sql.functions.coalesce(col(column), missing));
        }).orElseGet(() -> all.withColumn(column, missing));
    }

    /** segmentNames.get(s) is the name of segment s; empty when the graph carries no segments. A handful of rows. */
    private static List<String> segmentNames(GraphData graph) {
        if (!graph.hasSegments()) {
            return List.of();
        }
        List<Row> rows = graph.nodes().where(col("segment").isNotNull()).select("segment", "segment_name").distinct().orderBy("segment")
                .limit(1000).collectAsList();
        int size = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).getInt(0) + 1;
        List<String> names = new ArrayList<>(java.util.Collections.nCopies(size, ""));
        for (Row r : rows) {
            names.set(r.getInt(0), r.isNullAt(1) ? "segment " + r.getInt(0) : r.getString(1));
        }
        return names;
    }
}

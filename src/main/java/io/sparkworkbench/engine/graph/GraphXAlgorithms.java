package io.sparkworkbench.engine.graph;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.sparkworkbench.engine.EngineException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.graphx.Graph;
import org.apache.spark.graphx.lib.ConnectedComponents;
import org.apache.spark.graphx.lib.LabelPropagation;
import org.apache.spark.graphx.lib.PageRank;
import org.apache.spark.graphx.lib.ShortestPaths;
import org.apache.spark.graphx.lib.StronglyConnectedComponents;
import org.apache.spark.graphx.lib.TriangleCount;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * {@link GraphAlgorithms} on GraphX (deprecated in Spark 4, still shipped in 4.1; ADR 0024). Keeps the GraphX
 * graphs of the one graph in use (as stored, walked both ways, and direction-blind) cached between calls
 * until {@link #release}; every algorithm's own result graph is dropped once its table is materialised.
 */
public final class GraphXAlgorithms implements GraphAlgorithms {

    /** SCC's outer rounds end by themselves when every node is assigned; this only bounds a pathological input. */
    private static final int SCC_ROUNDS = 10_000;

    private GraphData current;
    private final Map<Variant, Graph<Object, Object>> graphs = new java.util.EnumMap<>(Variant.class);

    /** RANKING: as PageRank walks it (stored, or both ways when undirected) in {@link RankingPartitions}' partitions. */
    private enum Variant { STORED, BOTH_WAYS, UNDIRECTED, RANKING }

    @Override
    public Dataset<Row> degrees(GraphData graph) {
        Dataset<Row> e = graph.edges();
        Dataset<Row> out = e.groupBy(col("src").as("id")).agg(count(lit(1)).as("out_edges"));
        Dataset<Row> in = e.groupBy(col("dst").as("id")).agg(count(lit(1)).as("in_edges"));
        Dataset<Row> both = graph.nodes().select("id").join(out, "id", "left").join(in, "id", "left")
                .select(col("id"), coalesce(col("in_edges"), lit(0L)).as("in_edges"), coalesce(col("out_edges"), lit(0L)).as("out_edges"));
        Dataset<Row> table = graph.directed()
                ? both.select(col("id"), col("in_edges").as("in_degree"), col("out_edges").as("out_degree"),
                        col("in_edges").plus(col("out_edges")).as("degree"))
                : both.select(col("id"), col("in_edges").plus(col("out_edges")).as("in_degree"),
                        col("in_edges").plus(col("out_edges")).as("out_degree"), col("in_edges").plus(col("out_edges")).as("degree"));
        return GraphXGraphs.materialise(table);
    }

    @Override
    public Dataset<Row> pageRank(GraphData graph, PageRankRequest request) {
        Graph<Object, Object> g = graph(graph, rankingPartitions(graph) < walkedPartitions(graph) ? Variant.RANKING : walked(graph));
        Option<Object> source = request.source().isPresent() ? Option.apply(request.source().getAsLong()) : Option.empty();
        if (request.source().isPresent()) {
            requireNode(graph, request.source().getAsLong(), "personalise PageRank from it");
        }
        Graph<Object, Object> ranked;
        if (request.fixedIterations()) {
            // normalized = true: GraphX rescales the ranks at the end for the mass its sinks lose.
            ranked = PageRank.runWithOptions(g, request.iterations(), request.resetProbability(), source, true, GraphXGraphs.ANY,
                    GraphXGraphs.ANY);
        } else {
            ranked = PageRank.runUntilConvergenceWithOptions(g, request.tolerance(), request.resetProbability(), source,
                    GraphXGraphs.ANY, GraphXGraphs.ANY);
        }
        try {
            Dataset<Row> raw = GraphXGraphs.materialise(GraphXGraphs.vertexTable(graph.nodes().sparkSession(), ranked, "raw", GraphXGraphs.Value.DOUBLE));
            double total = raw.agg(org.apache.spark.sql.functions.sum("raw")).first().getDouble(0);
            Dataset<Row> table = GraphXGraphs.materialise(raw.select(col("id"), col("raw").divide(total).as("rank")));
            raw.unpersist(false);
            return table;
        } finally {
            GraphXGraphs.dropResult(ranked, g);
        }
    }

    @Override
    public Dataset<Row> connectedComponents(GraphData graph) {
        Graph<Object, Object> g = graph(graph, Variant.UNDIRECTED);
        Graph<Object, Object> cc = ConnectedComponents.run(g, GraphXGraphs.ANY, GraphXGraphs.ANY);
        return componentTable(graph, cc, g);
    }

    @Override
    public Dataset<Row> stronglyConnectedComponents(GraphData graph) {
        if (!graph.directed()) {
            return connectedComponents(graph);
        }
        Graph<Object, Object> g = graph(graph, Variant.STORED);
        Graph<Object, Object> scc = StronglyConnectedComponents.run(g, SCC_ROUNDS, GraphXGraphs.ANY, GraphXGraphs.ANY);
        return componentTable(graph, scc, g);
    }

    @Override
    public Dataset<Row> triangles(GraphData graph) {
        Graph<Object, Object> g = graph(graph, Variant.UNDIRECTED);
        Graph<Object, Object> counted = TriangleCount.run(g, GraphXGraphs.ANY, GraphXGraphs.ANY);
        try {
            Dataset<Row> t = GraphXGraphs.vertexTable(graph.nodes().sparkSession(), counted, "triangles", GraphXGraphs.Value.LONG);
            Dataset<Row> c = GraphXGraphs.canonical(graph.edges());
            Dataset<Row> neighbours = c.select(col("src").as("id")).union(c.select(col("dst").as("id"))).groupBy("id")
                    .agg(count(lit(1)).as("neighbours"));
            Dataset<Row> table = graph.nodes().select("id").join(t, "id", "left").join(neighbours, "id", "left")
                    .select(col("id"), coalesce(col("triangles"), lit(0L)).as("triangles"), coalesce(col("neighbours"), lit(0L)).as("neighbours"));
            // d(d − 1) in doubles: d can pass 65,536.
            org.apache.spark.sql.Column pairs = col("neighbours").cast("double").multiply(col("neighbours").cast("double").minus(1));
            return GraphXGraphs.materialise(table.withColumn("clustering",
                    when(col("neighbours").geq(2), col("triangles").multiply(2.0).divide(pairs)).otherwise(lit(null).cast("double"))));
        } finally {
            GraphXGraphs.dropResult(counted, g);
        }
    }

    @Override
    public Communities labelPropagation(GraphData graph, CommunityRequest request) {
        HubGuard.Guarded guarded = HubGuard.apply(GraphXGraphs.canonical(graph.edges()), request.hubDegreeCap());
        Graph<Object, Object> g = GraphXGraphs.of(guarded.edges(), false);
        try {
            Graph<Object, Object> labelled = LabelPropagation.run(g, request.maxIterations(), GraphXGraphs.ANY);
            try {
                Dataset<Row> found = GraphXGraphs.vertexTable(graph.nodes().sparkSession(), labelled, "community", GraphXGraphs.Value.LONG);
                return new Communities(GraphXGraphs.materialise(HubGuard.labelEveryNode(graph, found)), guarded.hubs(), guarded.edgesKept());
            } finally {
                GraphXGraphs.dropResult(labelled, g);
            }
        } finally {
            GraphXGraphs.drop(g);
            guarded.edges().unpersist(false);
        }
    }

    @Override
    public Dataset<Row> shortestPaths(GraphData graph, long[] landmarks) {
        if (landmarks.length == 0) {
            throw new IllegalArgumentException("Choose at least one landmark node");
        }
        List<Object> ids = new ArrayList<>();
        for (long id : landmarks) {
            requireNode(graph, id, "use it as a landmark");
            ids.add(id);
        }
        // GraphX walks src → dst toward the landmark; an undirected graph is walked both ways.
        Graph<Object, Object> g = graph(graph, walked(graph));
        Graph<scala.collection.Map<Object, Object>, Object> paths = ShortestPaths.run(g,
                CollectionConverters.asScala(ids).toList(), GraphXGraphs.ANY);
        try {
            JavaRDD<Row> rows = paths.vertices().toJavaRDD().flatMap(v -> {
                List<Row> out = new ArrayList<>();
                long id = ((Number) v._1()).longValue();
                CollectionConverters.asJava(v._2()).forEach((landmark, hops) ->
                        out.add(RowFactory.create(id, ((Number) landmark).longValue(), ((Number) hops).intValue())));
                return out.iterator();
            });
            StructType schema = new StructType().add("id", DataTypes.LongType, false).add("landmark", DataTypes.LongType, false)
                    .add("hops", DataTypes.IntegerType, false);
            return GraphXGraphs.materialise(graph.nodes().sparkSession().createDataFrame(rows, schema));
        } finally {
            GraphXGraphs.dropResult(paths, g);
        }
    }

    @Override
    public synchronized void release(GraphData graph) {
        if (sameGraph(current, graph)) {
            graphs.values().forEach(GraphXGraphs::drop);
            graphs.clear();
            current = null;
        }
    }

    private Dataset<Row> componentTable(GraphData graph, Graph<Object, Object> result, Graph<Object, Object> input) {
        try {
            return GraphXGraphs.materialise(GraphXGraphs.vertexTable(graph.nodes().sparkSession(), result, "component", GraphXGraphs.Value.LONG));
        } finally {
            GraphXGraphs.dropResult(result, input);
        }
    }

    /** The cached GraphX graph of {@code graph} in the wanted shape, built on first use; another graph's are dropped. */
    private synchronized Graph<Object, Object> graph(GraphData graph, Variant variant) {
        if (!sameGraph(current, graph)) {
            if (current != null) {
                release(current);
            }
        }
        current = graph;
        return graphs.computeIfAbsent(variant, v -> switch (v) {
            case STORED -> GraphXGraphs.of(graph.edges(), false);
            case BOTH_WAYS -> GraphXGraphs.of(graph.edges(), true);
            case UNDIRECTED -> GraphXGraphs.of(graph.directed() ? GraphXGraphs.canonical(graph.edges()) : graph.edges(), false);
            case RANKING -> GraphXGraphs.of(graph.edges(), !graph.directed(), rankingPartitions(graph));
        });
    }

    private static Variant walked(GraphData graph) {
        return graph.directed() ? Variant.STORED : Variant.BOTH_WAYS;
    }

    private static int rankingPartitions(GraphData graph) {
        return RankingPartitions.forEdges(graph.directed() ? graph.edgeCount() : 2 * graph.edgeCount());
    }

    /** Walking an undirected graph both ways is a union of the edges and their reverse: twice the partitions. */
    private static int walkedPartitions(GraphData graph) {
        return graph.edges().rdd().getNumPartitions() * (graph.directed() ? 1 : 2);
    }

    /** The GraphX graphs are built from the edges only: new nodes (segments attached again) keep them. */
    private static boolean sameGraph(GraphData a, GraphData b) {
        return a != null && b != null && a.edges() == b.edges();
    }

    private static void requireNode(GraphData graph, long id, String purpose) {
        if (graph.nodes().where(col("id").equalTo(id)).limit(1).count() == 0) {
            throw new EngineException("Node " + id + " is not in the " + graph.source().describe() + ": cannot " + purpose);
        }
    }
}

package io.sparkworkbench.engine.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.graphx.Edge;
import org.apache.spark.graphx.Graph;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.reflect.ClassTag;

/**
 * The seam between DataFrames and GraphX's Scala API, which has no Java face: building a {@code Graph} from
 * an edge table (every Scala default argument spelled out) and turning its vertex values back into a table.
 */
final class GraphXGraphs {

    /** GraphX keeps attributes as objects here: vertex values come back boxed (Long, Double, Integer, Map). */
    static final ClassTag<Object> ANY = scala.reflect.ClassTag$.MODULE$.apply(Object.class);
    private static final Object NO_VALUE = 0L;

    /** How a vertex value becomes a column. */
    enum Value {
        LONG(DataTypes.LongType), DOUBLE(DataTypes.DoubleType), INT(DataTypes.IntegerType);

        final DataType type;

        Value(DataType type) {
            this.type = type;
        }

        Object convert(Object v) {
            Number n = (Number) v;
            return switch (this) {
                case LONG -> n.longValue();
                case DOUBLE -> n.doubleValue();
                case INT -> n.intValue();
            };
        }
    }

    private GraphXGraphs() {
    }

    /**
     * A cached GraphX graph of the edge table (src, dst, weight); with {@code bothWays} every edge also
     * runs dst → src, which is how an undirected graph is walked by direction-following algorithms.
     * The caller unpersists it.
     */
    static Graph<Object, Object> of(Dataset<Row> edges, boolean bothWays) {
        return of(edges, bothWays, Integer.MAX_VALUE);
    }

    /**
     * As {@link #of(Dataset, boolean)}, the walked edges coalesced to at most {@code maxPartitions} (walking both ways
     * doubles the partitions: the reversed copy is a union, not a shuffle).
     */
    static Graph<Object, Object> of(Dataset<Row> edges, boolean bothWays, int maxPartitions) {
        Dataset<Row> walked = bothWays
                ? edges.select(col("src"), col("dst"), col("weight"))
                        .union(edges.where(col("src").notEqual(col("dst"))).select(col("dst"), col("src"), col("weight")))
                : edges;
        Dataset<Row> e = walked.rdd().getNumPartitions() > maxPartitions ? walked.coalesce(maxPartitions) : walked;
        JavaRDD<Edge<Object>> rdd = e.select("src", "dst", "weight").javaRDD()
                .map(r -> new Edge<Object>(r.getLong(0), r.getLong(1), r.getDouble(2)));
        Graph<Object, Object> graph = Graph.fromEdges(rdd.rdd(), NO_VALUE, StorageLevel.MEMORY_AND_DISK(), StorageLevel.MEMORY_AND_DISK(),
                ANY, ANY);
        return graph;
    }

    /** Each unordered pair once (src &lt; dst), self-loops dropped: what direction-blind algorithms need. */
    static Dataset<Row> canonical(Dataset<Row> edges) {
        return edges.where(col("src").notEqual(col("dst")))
                .select(least(col("src"), col("dst")).as("src"), greatest(col("src"), col("dst")).as("dst"), col("weight"))
                .groupBy("src", "dst").agg(org.apache.spark.sql.functions.sum("weight").as("weight"));
    }

    /** id + one column from the vertices of a graph an algorithm returned, as a table (lazy). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Dataset<Row> vertexTable(SparkSession spark, Graph<?, ?> graph, String column, Value value) {
        RDD<Tuple2<Object, Object>> vertices = (RDD) graph.vertices();
        JavaRDD<Row> rows = vertices.toJavaRDD().map(t -> RowFactory.create(((Number) t._1()).longValue(), value.convert(t._2())));
        StructType schema = new StructType().add("id", DataTypes.LongType, false).add(column, value.type, false);
        return spark.createDataFrame(rows, schema);
    }

    /** Caches and computes {@code table}, so the graph it came from can be dropped. */
    static Dataset<Row> materialise(Dataset<Row> table) {
        Dataset<Row> cached = table.cache();
        cached.count();
        return cached;
    }

    static void drop(Graph<?, ?> graph) {
        if (graph != null) {
            graph.unpersist(false);
        }
    }

    /**
     * Drops what an algorithm cached for its {@code result} graph. Algorithms that only remap vertices hand
     * back the input's own edge RDD: that one stays, since the input graph is still in use.
     */
    static void dropResult(Graph<?, ?> result, Graph<?, ?> input) {
        result.unpersistVertices(false);
        if (result.edges() != input.edges()) {
            result.edges().unpersist(false);
        }
    }
}

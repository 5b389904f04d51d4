package io.sparkworkbench.engine.graph;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.xxhash64;

import io.sparkworkbench.engine.EngineException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * Turns a {@link GraphSource} into the edge and node tables of a {@link GraphData}: the social network of
 * {@code social_edges}, the co-purchase network of {@code order_items}, or any view with two id columns.
 * The tables are cached and counted here, so every algorithm afterwards starts from memory.
 */
final class GraphTables {

    static final String CUSTOMERS = "customers";
    static final String PRODUCTS = "products";
    private static final String DATA_HINT = ": open a data set first (File → Open data folder, or generate one)";

    private GraphTables() {
    }

    static GraphData build(SparkSession spark, GraphSource source) {
        return switch (source.kind()) {
            case SOCIAL -> social(spark, source);
            case CO_PURCHASE -> coPurchase(spark, source);
            case CUSTOM -> custom(spark, source);
        };
    }

    private static GraphData social(SparkSession spark, GraphSource source) {
        Dataset<Row> view = ColumnChecks.requireView(spark, source.view(), DATA_HINT);
        String src = ColumnChecks.requireColumn(view, source.view(), source.sourceColumn(), "source").name();
        String dst = ColumnChecks.requireColumn(view, source.view(), source.destinationColumn(), "destination").name();
        List<String> notes = new ArrayList<>();
        // One edge per ordered pair; a pair named twice (two relations) weighs 2.
        Dataset<Row> edges = view.where(col(src).isNotNull().and(col(dst).isNotNull()).and(col(src).notEqual(col(dst))))
                .groupBy(col(src).cast("bigint").as("src"), col(dst).cast("bigint").as("dst"))
                .agg(count(lit(1)).cast("double").as("weight"));
        Dataset<Row> ids = endpoints(edges);
        Dataset<Row> nodes;
        if (spark.catalog().tableExists(CUSTOMERS)) {
            Dataset<Row> customers = spark.table(CUSTOMERS).select(col("customer_id").as("id"), col("name"));
            nodes = ids.join(customers, ids.col("id").equalTo(customers.col("id")), "left")
                    .select(ids.col("id"), coalesce(col("name"), ids.col("id").cast("string")).as("label"));
        } else {
            notes.add("No customers view: nodes are labelled by customer id");
            nodes = ids.select(col("id"), col("id").cast("string").as("label"));
        }
        Dataset<Row> segments = CustomerSegments.read(spark);
        if (segments == null) {
            notes.add(CustomerSegments.NONE_NOTE);
        }
        nodes = CustomerSegments.attach(nodes, segments);
        return cached(source, edges, nodes, true, segments, notes);
    }

    private static GraphData coPurchase(SparkSession spark, GraphSource source) {
        Dataset<Row> items = ColumnChecks.requireView(spark, source.view(), DATA_HINT);
        ColumnChecks.requireColumn(items, source.view(), "order_id", "order");
        ColumnChecks.requireColumn(items, source.view(), "product_id", "product");
        Dataset<Row> bought = items.select(col("order_id"), col("product_id").cast("bigint").as("product_id"))
                .where(col("order_id").isNotNull().and(col("product_id").isNotNull())).distinct();
        Dataset<Row> a = bought.as("a");
        Dataset<Row> b = bought.as("b");
        // Each unordered pair once per order (a < b): weight = orders holding both.
        Dataset<Row> pairs = a.join(b, col("a.order_id").equalTo(col("b.order_id")).and(col("a.product_id").lt(col("b.product_id"))))
                .groupBy(col("a.product_id").as("src"), col("b.product_id").as("dst"))
                .agg(count(lit(1)).cast("double").as("weight"));
        Dataset<Row> edges = pairs.where(col("weight").geq(source.minWeight()));
        List<String> notes = new ArrayList<>();
        if (source.minWeight() > 1) {
            long all = pairs.count();
            notes.add("Pairs bought together at least " + source.minWeight() + " times: the other pairs of the " + all
                    + " bought together are left out");
        }
        Dataset<Row> ids = endpoints(edges);
        Dataset<Row> nodes;
        if (spark.catalog().tableExists(PRODUCTS)) {
            Dataset<Row> products = spark.table(PRODUCTS).select(col("product_id"), col("name"), col("category"));
            Dataset<Row> joined = ids.join(products, ids.col("id").equalTo(products.col("product_id")), "left");
            nodes = joined.select(ids.col("id"),
                    coalesce(concat(col("name"), lit(" ("), col("category"), lit(")")), ids.col("id").cast("string")).as("label"),
                    col("category"), lit(null).cast("int").as("segment"), lit(null).cast("string").as("segment_name"));
        } else {
            notes.add("No products view: nodes are labelled by product id");
            nodes = withoutSegments(ids.select(col("id"), col("id").cast("string").as("label")), lit(null).cast("string"));
        }
        return cached(source, edges, nodes, false, null, notes);
    }

    private static GraphData custom(SparkSession spark, GraphSource source) {
        String view = source.view();
        Dataset<Row> table = ColumnChecks.requireView(spark, view, "");
        StructField srcField = ColumnChecks.requireColumn(table, view, source.sourceColumn(), "source");
        StructField dstField = ColumnChecks.requireColumn(table, view, source.destinationColumn(), "destination");
        boolean text = ColumnChecks.requireIdType(srcField, view, "source") | ColumnChecks.requireIdType(dstField, view, "destination");
        Column weight = lit(1.0);
        Column present = col(srcField.name()).isNotNull().and(col(dstField.name()).isNotNull());
        if (source.weight().isPresent()) {
            StructField w = ColumnChecks.requireColumn(table, view, source.weightColumn(), "weight");
            ColumnChecks.requireNumeric(w, view);
            weight = col(w.name()).cast("double");
            present = present.and(col(w.name()).isNotNull());
        }
        List<String> notes = new ArrayList<>();
        long dropped = table.where(org.apache.spark.sql.functions.not(present)).count();
        if (dropped > 0) {
            notes.add(dropped + " rows of " + view + " with an empty source, destination" + (source.weight().isPresent() ? " or weight" : "")
                    + " are left out");
        }
        Dataset<Row> rows = table.where(present);
        Column srcId = idOf(col(srcField.name()), text);
        Column dstId = idOf(col(dstField.name()), text);
        Dataset<Row> named = rows.select(srcId.as("src"), dstId.as("dst"), weight.as("w"),
                col(srcField.name()).cast("string").as("src_label"), col(dstField.name()).cast("string").as("dst_label"));
        if (text) {
            requireNoHashCollision(named, view);
            notes.add("Text ids of " + view + " are mapped to numbers (a hash of the text); labels show the text");
        }
        Column from = source.directed() ? col("src") : least(col("src"), col("dst"));
        Column to = source.directed() ? col("dst") : greatest(col("src"), col("dst"));
        Dataset<Row> edges = named.groupBy(from.as("src"), to.as("dst")).agg(sum(col("w")).as("weight"));
        if (source.weight().isEmpty()) {
            notes.add("No weight column: an edge's weight is the number of rows naming the pair");
        }
        Dataset<Row> labels = named.select(col("src").as("id"), col("src_label").as("label"))
                .union(named.select(col("dst").as("id"), col("dst_label").as("label")))
                .groupBy("id").agg(org.apache.spark.sql.functions.min("label").as("label"));
        return cached(source, edges, withoutSegments(labels, lit(null).cast("string")), source.directed(), null, notes);
    }

    private static Column idOf(Column value, boolean text) {
        return text ? xxhash64(value.cast("string")) : value.cast("bigint");
    }

    /** Two different texts with one hash would silently merge two nodes: refuse instead (odds ~n²/2⁶⁵). */
    private static void requireNoHashCollision(Dataset<Row> named, String view) {
        Dataset<Row> names = named.select(col("src").as("id"), col("src_label").as("label"))
                .union(named.select(col("dst").as("id"), col("dst_label").as("label"))).distinct();
        Row r = names.agg(countDistinct(col("id")), countDistinct(col("label"))).first();
        if (r.getLong(0) != r.getLong(1)) {
            throw new EngineException("Two different ids of view '" + view + "' map to the same number: cast the id columns to"
                    + " whole numbers first (e.g. with dense_rank in SQL)");
        }
    }

    private static Dataset<Row> endpoints(Dataset<Row> edges) {
        return edges.select(col("src").as("id")).union(edges.select(col("dst").as("id"))).distinct();
    }

    private static Dataset<Row> withoutSegments(Dataset<Row> idAndLabel, Column category) {
        return idAndLabel.select(col("id"), col("label"), category.as("category"), lit(null).cast("int").as("segment"),
                lit(null).cast("string").as("segment_name"));
    }

    /** @param segments the customer_segments table the nodes' segments came from, null for none */
    private static GraphData cached(GraphSource source, Dataset<Row> edges, Dataset<Row> nodes, boolean directed, Dataset<Row> segments,
                                    List<String> notes) {
        int partitions = Math.max(1, edges.sparkSession().sparkContext().defaultParallelism());
        // Few edge partitions: GraphX pays per partition per superstep (PageRank on 50k edges: 3.2 s on 2, 7.8 s on 8).
        Dataset<Row> e = edges.select(col("src"), col("dst"), col("weight")).repartition(partitions).cache();
        Dataset<Row> n = cachedNodes(nodes);
        long edgeCount = e.count();
        long nodeCount = n.count();
        if (edgeCount == 0) {
            e.unpersist(false);
            n.unpersist(false);
            throw new EngineException("The " + source.describe() + " has no edges"
                    + (source.kind() == GraphKind.CO_PURCHASE ? ": lower the minimum weight" : ""));
        }
        return new GraphData(source, e, n, directed, segments, nodeCount, edgeCount, notes);
    }

    /** The node table marked for caching in as many partitions as the edges (the caller's count fills the cache). */
    static Dataset<Row> cachedNodes(Dataset<Row> nodes) {
        int partitions = Math.max(1, nodes.sparkSession().sparkContext().defaultParallelism());
        return nodes.repartition(partitions).cache();
    }
}

package io.sparkworkbench.engine.smoke;

import io.sparkworkbench.engine.EngineContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.graphx.Edge;
import org.apache.spark.graphx.Graph;
import org.apache.spark.graphx.lib.PageRank;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * Small real runs of each Spark library the app depends on, so an installation that lacks a jar (the
 * packaged image drops some) fails its smoke test instead of a user's first model: MLlib (K-Means), GraphX
 * (PageRank) and Structured Streaming (a windowed, stateful aggregation over a folder of JSON files).
 * Each check computes something whose answer is known and says what it got.
 */
public final class InstallationChecks {

    private InstallationChecks() {
    }

    /** One check's outcome: whether the answer was the known one, and a line saying what was computed. */
    public record Check(String name, boolean ok, String detail) {
    }

    /** K-Means with k = 3 on three well-separated blobs of 100 points: each cluster must hold 100 points. */
    public static Check kmeans(EngineContext context) {
        SparkSession spark = context.spark();
        Dataset<Row> points = spark.range(0, 300).selectExpr(
                "cast(id % 3 as double) * 10 + (id % 7) * 0.01 as x",
                "cast(id % 3 as double) * -10 + (id % 5) * 0.01 as y");
        Dataset<Row> features = new VectorAssembler().setInputCols(new String[] {"x", "y"}).setOutputCol("features")
                .transform(points);
        KMeansModel model = new KMeans().setK(3).setSeed(7).setMaxIter(20).fit(features);
        List<Row> sizes = model.transform(features).groupBy("prediction").count().orderBy("prediction").collectAsList();
        boolean ok = sizes.size() == 3 && sizes.stream().allMatch(r -> r.getLong(1) == 100);
        return new Check("mllib.kmeans", ok, "K-Means k=3 on 300 points: cluster sizes "
                + sizes.stream().map(r -> Long.toString(r.getLong(1))).toList());
    }

    /** PageRank on a star of 10 leaves pointing at a hub: the hub must rank highest. */
    public static Check pagerank(EngineContext context) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(context.spark().sparkContext());
        List<Edge<Object>> edges = new ArrayList<>();
        for (long leaf = 1; leaf <= 10; leaf++) {
            edges.add(new Edge<>(leaf, 0L, 1.0));
        }
        JavaRDD<Edge<Object>> rdd = jsc.parallelize(edges, 2);
        ClassTag<Object> tag = ClassTag$.MODULE$.apply(Object.class);
        Graph<Object, Object> graph = Graph.fromEdges(rdd.rdd(), 1.0, StorageLevel.MEMORY_ONLY(), StorageLevel.MEMORY_ONLY(),
                tag, tag);
        Graph<Object, Object> ranks = PageRank.run(graph, 10, 0.15, tag, tag);
        List<scala.Tuple2<Object, Object>> top = ranks.vertices().toJavaRDD()
                .sortBy(t -> (Double) t._2(), false, 1).take(2);
        boolean ok = top.size() == 2 && ((Long) top.get(0)._1()) == 0L;
        return new Check("graphx.pagerank", ok, String.format(java.util.Locale.ROOT,
                "PageRank on a star of 10 leaves: top vertex %s (rank %.2f)", top.get(0)._1(), (Double) top.get(0)._2()));
    }

    /**
     * Two JSON files of events dropped into a watched folder (written, then renamed in), read by Spark's file
     * source and counted per type in 10-second event-time windows with a watermark — a stateful query on the
     * default state store — until the folder is drained ({@code Trigger.AvailableNow}).
     */
    public static Check streaming(EngineContext context, Path folder) throws IOException, TimeoutException {
        SparkSession spark = context.spark();
        Path input = Files.createDirectories(folder.resolve("input"));
        writeAtomically(input, "events-1.json", events(0, 60, "view"));
        writeAtomically(input, "events-2.json", events(60, 40, "cart"));
        StructType schema = new StructType().add("ts", DataTypes.TimestampType).add("type", DataTypes.StringType);
        Dataset<Row> counts = spark.readStream().schema(schema).json(input.toString())
                .withWatermark("ts", "30 seconds")
                .groupBy(org.apache.spark.sql.functions.window(org.apache.spark.sql.functions.col("ts"), "10 seconds"),
                        org.apache.spark.sql.functions.col("type"))
                .count();
        String table = "smoke_stream_counts";
        StreamingQuery query = counts.writeStream().queryName(table).format("memory").outputMode("complete")
                .option("checkpointLocation", folder.resolve("checkpoint").toString())
                .trigger(Trigger.AvailableNow()).start();
        try {
            query.awaitTermination(120_000);
        } catch (org.apache.spark.sql.streaming.StreamingQueryException e) {
            return new Check("streaming.window", false, "the streaming query failed: " + e.getMessage());
        } finally {
            query.stop();
        }
        List<Row> totals = spark.sql("SELECT type, sum(count) FROM " + table + " GROUP BY type ORDER BY type").collectAsList();
        boolean ok = totals.size() == 2 && totals.get(0).getLong(1) == 40 && totals.get(1).getLong(1) == 60;
        spark.catalog().dropTempView(table);
        return new Check("streaming.window", ok, "windowed counts from 2 files: "
                + totals.stream().map(r -> r.getString(0) + "=" + r.getLong(1)).toList());
    }

    /** {@code count} events one second apart from second {@code from}, all of one type. */
    private static String events(int from, int count, String type) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            b.append(String.format(java.util.Locale.ROOT, "{\"ts\":\"2026-01-01T00:%02d:%02dZ\",\"type\":\"%s\"}%n",
                    i / 60, i % 60, type));
        }
        return b.toString();
    }

    /** A streaming source must never see half a file: written beside the folder, then moved in. */
    private static void writeAtomically(Path folder, String name, String text) throws IOException {
        Path temp = Files.createTempFile(folder.getParent(), "." + name, ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}

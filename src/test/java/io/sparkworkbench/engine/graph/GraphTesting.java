package io.sparkworkbench.engine.graph;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Small hand-made graphs registered as views in the shared session, and a way to wait for a graph action. */
final class GraphTesting {

    private GraphTesting() {
    }

    static SparkEngine engine() {
        return SharedSparkEngine.get();
    }

    /** Registers {@code view} with columns src, dst (BIGINT), one row per {src, dst} pair given. */
    static void edgeView(String view, long[][] edges) {
        List<Row> rows = new ArrayList<>();
        for (long[] e : edges) {
            rows.add(RowFactory.create(e[0], e[1]));
        }
        StructType schema = new StructType().add("src", DataTypes.LongType).add("dst", DataTypes.LongType);
        engine().submit("test: register " + view, ctx -> {
            ctx.spark().createDataFrame(rows, schema).createOrReplaceTempView(view);
            return null;
        }).future().join();
    }

    /** A service with the hand-made graph in {@code view} open. */
    static GraphService open(String view, boolean directed) throws Exception {
        GraphService service = new GraphService(engine());
        await(service.open(GraphSource.custom(view, "src", "dst", null, directed)));
        return service;
    }

    static <T> T await(GraphRun<T> run) throws Exception {
        return run.task().future().get(5, TimeUnit.MINUTES);
    }

    /** Every node's value of {@code column} in {@code view}, by id. */
    static java.util.Map<Long, Object> column(String view, String column) {
        return engine().submit("test: read " + view, ctx -> {
            java.util.Map<Long, Object> out = new java.util.TreeMap<>();
            for (Row r : ctx.spark().table(view).select("id", column).collectAsList()) {
                out.put(r.getLong(0), r.get(1));
            }
            return out;
        }).future().join();
    }
}

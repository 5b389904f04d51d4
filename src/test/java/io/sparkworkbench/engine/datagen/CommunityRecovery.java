package io.sparkworkbench.engine.datagen;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.graphx.Edge;
import org.apache.spark.graphx.Graph;
import org.apache.spark.graphx.lib.LabelPropagation;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * Label propagation over social_edges, straight from GraphX, as the independent yardstick for the planted
 * communities. The only place the generator tests call a community detector: when {@code engine.graph} has its own
 * label propagation, this one method is what switches to it.
 */
final class CommunityRecovery {

    private CommunityRecovery() {
    }

    /**
     * GraphX's synchronous label propagation for at most {@code maxSteps} rounds; it treats every edge as
     * undirected (messages go both ways). Returns the label of customer id {@code i + 1} at index {@code i};
     * a customer with no edge at all keeps a label of its own (its id), as label propagation would give it.
     */
    static long[] labelPropagation(Dataset<Row> edges, long customers, int maxSteps) {
        JavaRDD<Edge<Object>> rdd = edges.select(col("src_customer_id"), col("dst_customer_id")).javaRDD()
                .map(r -> new Edge<Object>(r.getLong(0), r.getLong(1), Boolean.TRUE));
        ClassTag<Object> tag = ClassTag$.MODULE$.apply(Object.class);
        Graph<Object, Object> graph = Graph.fromEdges(rdd.rdd(), Boolean.TRUE,
                StorageLevel.MEMORY_ONLY(), StorageLevel.MEMORY_ONLY(), tag, tag);
        Graph<Object, Object> labelled = LabelPropagation.run(graph, maxSteps, tag);
        long[] labels = new long[Math.toIntExact(customers)];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i + 1;
        }
        List<Tuple2<Object, Object>> vertices = labelled.vertices().toJavaRDD().collect();
        for (Tuple2<Object, Object> v : vertices) {
            labels[Math.toIntExact((Long) v._1() - 1)] = (Long) v._2();
        }
        labelled.unpersist(false);
        graph.unpersist(false);
        return labels;
    }
}

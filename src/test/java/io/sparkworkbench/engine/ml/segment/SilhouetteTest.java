package io.sparkworkbench.engine.ml.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sparkworkbench.testing.SharedSparkEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.evaluation.ClusteringEvaluator;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class SilhouetteTest {

    @Test
    void equalsSparksEvaluatorOnTheSameRows() {
        Random random = new Random(7);
        int n = 3_000;
        double[][] rows = new double[n][];
        int[] clusters = new int[n];
        for (int i = 0; i < n; i++) {
            // Four overlapping blobs in 3-D, and a cluster label that is sometimes wrong: a middling silhouette.
            int c = i % 4;
            rows[i] = new double[] {c + random.nextGaussian() * 0.6, (c % 2) * 2 + random.nextGaussian(), random.nextGaussian()};
            clusters[i] = random.nextInt(10) == 0 ? (c + 1) % 4 : c;
        }
        List<Row> data = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            data.add(RowFactory.create(Vectors.dense(rows[i]), clusters[i]));
        }
        StructType schema = new StructType().add("v", SQLDataTypes.VectorType()).add("c", DataTypes.IntegerType);
        double spark = SharedSparkEngine.get().submit("silhouette", context -> new ClusteringEvaluator().setFeaturesCol("v")
                .setPredictionCol("c").evaluate(context.spark().createDataFrame(data, schema))).future().join();

        double driver = Silhouette.of(rows, clusters, 4);

        assertThat(driver).isCloseTo(spark, within(1e-9)).isBetween(0.0, 1.0);
    }

    @Test
    void anEmptyClusterIsLeftOutAndALonelyRowScoresZero() {
        double[][] rows = {{0, 0}, {0, 1}, {10, 0}};
        // Cluster 1 of k = 3 is empty; row 2 is alone in cluster 2.
        int[] clusters = {0, 0, 2};

        double score = Silhouette.of(rows, clusters, 3);

        // Rows 0 and 1: a = 1 (their distance squared), b = mean squared distance to row 2 (100 and 101).
        assertThat(score).isCloseTo(((1 - 1 / 100.0) + (1 - 1 / 101.0)) / 3, within(1e-12));
    }

    @Test
    void oneClusterHasNoSilhouette() {
        assertThatThrownBy(() -> Silhouette.of(new double[][] {{0}, {1}}, new int[] {1, 1}, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two clusters");
    }
}

package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.ml.features.FeatureTable;
import io.sparkworkbench.engine.ml.segment.FitInput;
import io.sparkworkbench.engine.ml.segment.LocalRows;
import io.sparkworkbench.engine.ml.segment.SegmentationPipeline;
import io.sparkworkbench.engine.ml.segment.SegmentationRequest;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The vectors the workbench's K-Means sees: {@code customer_features} through the segmentation pipeline's own
 * preparation stages (log1p, assembler, standard scaler), stored in Spark as the k sweep stores them, and
 * collected to a matrix so a peer clusters exactly the same numbers. Only for data that fits in the driver
 * (scale 1: 10,000 x 7).
 */
final class ScaledVectors implements AutoCloseable {

    private final SparkEngine engine;
    private final Dataset<Row> scaled;
    private final double[][] matrix;

    /** MLlib's K-Means alone on the stored vectors: its wall time, its own cost figure and its centres. */
    record MllibFit(double millis, double trainingCost, double[][] centres) {
    }

    private ScaledVectors(SparkEngine engine, Dataset<Row> scaled, double[][] matrix) {
        this.engine = engine;
        this.scaled = scaled;
        this.matrix = matrix;
    }

    static ScaledVectors prepare(SparkEngine engine, SegmentationRequest request) {
        return engine.submit("bench ml: prepare the scaled features", context -> {
            // The layout and storage the service's fit and the sweep read (FitInput, LocalRows), so "alone" means the same K-Means.
            Dataset<Row> features = FitInput.of(context.spark().table(FeatureTable.VIEW));
            Dataset<Row> scaled = LocalRows.of(new Pipeline().setStages(SegmentationPipeline.preparation(request).toArray(PipelineStage[]::new))
                    .fit(features).transform(features).select(SegmentationPipeline.SCALED));
            List<Row> rows = scaled.collectAsList();
            double[][] matrix = new double[rows.size()][];
            for (int i = 0; i < matrix.length; i++) {
                matrix[i] = ((Vector) rows.get(i).get(0)).toArray();
            }
            return new ScaledVectors(engine, scaled, matrix);
        }).future().join();
    }

    double[][] matrix() {
        return matrix;
    }

    /** The segmentation pipeline's K-Means stage alone, as the k sweep fits it. */
    MllibFit fitKMeans(SegmentationRequest request) {
        return engine.submit("bench ml: MLlib K-Means alone", context -> {
            long t0 = System.nanoTime();
            KMeansModel model = SegmentationPipeline.kMeans(request).fit(scaled);
            double millis = (System.nanoTime() - t0) / 1e6;
            Vector[] centres = model.clusterCenters();
            double[][] out = new double[centres.length][];
            for (int i = 0; i < centres.length; i++) {
                out[i] = centres[i].toArray();
            }
            return new MllibFit(millis, model.summary().trainingCost(), out);
        }).future().join();
    }

    /** The sum of squared distances from each row to its nearest centre: the K-Means cost, computed one way for every model. */
    static double wssse(double[][] rows, double[][] centres) {
        double total = 0;
        for (double[] row : rows) {
            double nearest = Double.POSITIVE_INFINITY;
            for (double[] centre : centres) {
                double d = 0;
                for (int j = 0; j < row.length; j++) {
                    double diff = row[j] - centre[j];
                    d += diff * diff;
                }
                nearest = Math.min(nearest, d);
            }
            total += nearest;
        }
        return total;
    }

    @Override
    public void close() {
        LocalRows.release(scaled);
    }
}

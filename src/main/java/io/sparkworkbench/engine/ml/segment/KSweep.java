package io.sparkworkbench.engine.ml.segment;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.ml.features.FeatureTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.evaluation.ClusteringEvaluator;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Fits K-Means for every k of a range on the same scaled vectors, prepared and cached once: the sweep
 * costs k fits, not k pipelines. Up to {@link #DRIVER_ROWS} rows the vectors are also held in the driver
 * and each k's silhouette is computed there (every row, Spark's formula, the model's own {@code predict}),
 * which spares four Spark jobs per k; above it Spark's evaluator runs over the cached vectors (ADR 0021).
 * Stop is checked between fits and reaches the running fit's jobs by tag.
 */
final class KSweep {

    /** As many rows as the plot draws in the driver: 200,000 vectors of ten features are 16 MB. */
    static final int DRIVER_ROWS = SegmentationService.MAX_POINTS;

    private KSweep() {
    }

    static SweepResult run(EngineContext context, SegmentationRequest request, int from, int to, SweepRun progress) {
        Dataset<Row> input = FitInput.of(context.spark().table(FeatureTable.VIEW));
        PipelineModel preparation = new Pipeline().setStages(SegmentationPipeline.preparation(request).toArray(PipelineStage[]::new))
                .fit(input);
        Dataset<Row> scaled = preparation.transform(input).select(SegmentationPipeline.SCALED).cache();
        try {
            long rows = scaled.count();
            double[][] vectors = rows <= DRIVER_ROWS ? collect(scaled) : null;
            ClusteringEvaluator silhouette = new ClusteringEvaluator().setFeaturesCol(SegmentationPipeline.SCALED)
                    .setPredictionCol(SegmentationPipeline.SEGMENT);
            List<SweepPoint> points = new ArrayList<>();
            for (int k = from; k <= to; k++) {
                context.checkCancelled();
                long start = System.nanoTime();
                KMeansModel model = SegmentationPipeline.kMeans(request.withK(k)).fit(scaled);
                long fitMillis = (System.nanoTime() - start) / 1_000_000;
                double score = vectors != null ? Silhouette.of(vectors, predict(model, vectors), k)
                        : silhouette.evaluate(model.transform(scaled));
                SweepPoint point = new SweepPoint(k, model.summary().trainingCost(), score, fitMillis);
                points.add(point);
                progress.add(point);
            }
            return SweepResult.of(points);
        } finally {
            scaled.unpersist(false);
        }
    }

    private static double[][] collect(Dataset<Row> scaled) {
        List<Row> rows = scaled.collectAsList();
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Vector) rows.get(i).get(0)).toArray();
        }
        return out;
    }

    /** Each row's segment as the model assigns it in {@code transform}. */
    private static int[] predict(KMeansModel model, double[][] vectors) {
        int[] out = new int[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            out[i] = model.predict(Vectors.dense(vectors[i]));
        }
        return out;
    }
}

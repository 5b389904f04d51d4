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
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Fits K-Means for every k of a range on the same scaled vectors, prepared and cached once: the sweep
 * costs k fits, not k pipelines. Stop is checked between fits and reaches the running fit's jobs by tag.
 */
final class KSweep {

    private KSweep() {
    }

    static SweepResult run(EngineContext context, SegmentationRequest request, int from, int to, SweepRun progress) {
        PipelineModel preparation = new Pipeline().setStages(SegmentationPipeline.preparation(request).toArray(PipelineStage[]::new))
                .fit(context.spark().table(FeatureTable.VIEW));
        Dataset<Row> scaled = preparation.transform(context.spark().table(FeatureTable.VIEW))
                .select(SegmentationPipeline.SCALED).cache();
        try {
            scaled.count();
            ClusteringEvaluator silhouette = new ClusteringEvaluator().setFeaturesCol(SegmentationPipeline.SCALED)
                    .setPredictionCol(SegmentationPipeline.SEGMENT);
            List<SweepPoint> points = new ArrayList<>();
            for (int k = from; k <= to; k++) {
                context.checkCancelled();
                long start = System.nanoTime();
                KMeansModel model = SegmentationPipeline.kMeans(request.withK(k)).fit(scaled);
                long fitMillis = (System.nanoTime() - start) / 1_000_000;
                double score = silhouette.evaluate(model.transform(scaled));
                SweepPoint point = new SweepPoint(k, model.summary().trainingCost(), score, fitMillis);
                points.add(point);
                progress.add(point);
            }
            return SweepResult.of(points);
        } finally {
            scaled.unpersist(false);
        }
    }
}

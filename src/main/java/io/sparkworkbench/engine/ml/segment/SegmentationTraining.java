package io.sparkworkbench.engine.ml.segment;

import io.sparkworkbench.engine.EngineContext;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.feature.PCA;
import org.apache.spark.ml.feature.PCAModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Fits {@link SegmentationPipeline#full} stage by stage on one cached copy of the scaled rows: the preparation
 * (log, assemble, scale) is fitted and applied once, K-Means and PCA both read that cache, and the predictions
 * the tab describes are the two fitted stages applied to it. {@code Pipeline.fit} instead recomputes the
 * preparation for K-Means, again for PCA and again for the predictions (ADR 0030).
 *
 * <p>The model is the same five-stage {@code PipelineModel} as {@code SegmentationPipeline.full(request).fit(input)}
 * (saved and reloaded as before), and K-Means sees the same rows in the same partitions, so the same seed gives
 * the same segments (a test holds both fits equal).
 */
final class SegmentationTraining {

    /**
     * The fitted pipeline and its predictions over the input, cached (the caller unpersists them), built on the
     * cached scaled rows: {@link #releaseScaled} once the predictions are materialized (their first action).
     */
    record Trained(PipelineModel model, Dataset<Row> predictions, Dataset<Row> scaled) {
        void releaseScaled() {
            scaled.unpersist(false);
        }
    }

    private SegmentationTraining() {
    }

    static Trained fit(EngineContext context, SegmentationRequest request, Dataset<Row> input) {
        List<PipelineStage> preparation = SegmentationPipeline.preparation(request);
        PipelineModel prepared = new Pipeline().setStages(preparation.toArray(PipelineStage[]::new)).fit(input);
        Dataset<Row> scaled = prepared.transform(input).cache();
        boolean done = false;
        try {
            context.checkCancelled();
            KMeansModel kMeans = SegmentationPipeline.kMeans(request).fit(scaled);
            context.checkCancelled();
            PCAModel pca = SegmentationPipeline.projection().fit(scaled);
            List<PipelineStage> fitted = new ArrayList<>(List.of(prepared.stages()));
            fitted.add(kMeans);
            fitted.add(pca);
            // Every stage is a Transformer already: Pipeline.fit only checks the schema and collects them (no job).
            PipelineModel model = new Pipeline().setStages(fitted.toArray(PipelineStage[]::new)).fit(input);
            Trained trained = new Trained(model, pca.transform(kMeans.transform(scaled)).cache(), scaled);
            done = true;
            return trained;
        } finally {
            if (!done) {
                scaled.unpersist(false);
            }
        }
    }
}

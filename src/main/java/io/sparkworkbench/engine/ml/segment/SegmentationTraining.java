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
 * Fits {@link SegmentationPipeline#full} stage by stage on one stored copy of the scaled rows ({@link LocalRows}):
 * the preparation (log, assemble, scale) is fitted and applied once, K-Means and PCA both read that copy, and the
 * predictions the tab describes are the two fitted stages applied to it, stored in turn. {@code Pipeline.fit} instead recomputes the
 * preparation for K-Means, again for PCA and again for the predictions (ADR 0030).
 *
 * <p>The model is the same five-stage {@code PipelineModel} as {@code SegmentationPipeline.full(request).fit(input)}
 * (saved and reloaded as before), and K-Means sees the same rows in the same partitions, so the same seed gives
 * the same segments (a test holds both fits equal).
 */
final class SegmentationTraining {

    /** The fitted pipeline and its predictions over the input, stored ({@link LocalRows}; the caller releases them). */
    record Trained(PipelineModel model, Dataset<Row> predictions) {
    }

    private SegmentationTraining() {
    }

    static Trained fit(EngineContext context, SegmentationRequest request, Dataset<Row> input) {
        List<PipelineStage> preparation = SegmentationPipeline.preparation(request);
        PipelineModel prepared = new Pipeline().setStages(preparation.toArray(PipelineStage[]::new)).fit(input);
        Dataset<Row> scaled = LocalRows.of(prepared.transform(input));
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
            // Stored too, so they no longer need the scaled rows (released now) and later actions plan over one leaf.
            return new Trained(model, LocalRows.of(pca.transform(kMeans.transform(scaled))));
        } finally {
            LocalRows.release(scaled);
        }
    }
}

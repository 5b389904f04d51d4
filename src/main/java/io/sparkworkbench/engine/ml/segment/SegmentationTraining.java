package io.sparkworkbench.engine.ml.segment;

import io.sparkworkbench.engine.EngineContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.clustering.KMeansModel;
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

    /**
     * The fitted pipeline and its predictions over the input ({@link LocalRows#byFirstJob}: stored by the first job that
     * reads them, which computes them from {@code scaled}). The caller releases {@code scaled} once the predictions
     * were read, and the predictions when it no longer needs them.
     */
    record Trained(PipelineModel model, Dataset<Row> predictions, Dataset<Row> scaled) {
    }

    private SegmentationTraining() {
    }

    static Trained fit(EngineContext context, SegmentationRequest request, Dataset<Row> input) {
        List<PipelineStage> preparation = SegmentationPipeline.preparation(request);
        PipelineModel prepared = new Pipeline().setStages(preparation.toArray(PipelineStage[]::new)).fit(input);
        Dataset<Row> scaled = LocalRows.of(prepared.transform(input));
        Future<PCAModel> projection = null;
        boolean fitted = false;
        try {
            context.checkCancelled();
            // PCA reads the same stored rows and does not need K-Means: its five jobs run beside K-Means's, on the
            // core K-Means's one-task jobs and driver gaps leave idle, instead of after them (ADR 0034).
            projection = ActionHelper.start(context, () -> SegmentationPipeline.projection().fit(scaled));
            KMeansModel kMeans = SegmentationPipeline.kMeans(request).fit(scaled);
            context.checkCancelled();
            PCAModel pca = ActionHelper.await(projection, "the projection's fit");
            List<PipelineStage> stages = new ArrayList<>(List.of(prepared.stages()));
            stages.add(kMeans);
            stages.add(pca);
            // Every stage is a Transformer already: Pipeline.fit only checks the schema and collects them (no job).
            PipelineModel model = new Pipeline().setStages(stages.toArray(PipelineStage[]::new)).fit(input);
            // Stored too, so later actions plan over one leaf and need no scaled rows; stored by the first job that
            // reads them (the plot's collect), not by a job of their own.
            Trained trained = new Trained(model, LocalRows.byFirstJob(pca.transform(kMeans.transform(scaled))), scaled);
            fitted = true;
            return trained;
        } finally {
            if (projection != null && !projection.isDone()) {
                // K-Means failed or was stopped: the projection's jobs (stopped by the same tag) end before the rows go.
                try {
                    ActionHelper.await(projection, "the projection's fit");
                } catch (RuntimeException ignored) {
                    // The action fails with K-Means's failure; the projection's own is of no further use.
                }
            }
            if (!fitted) {
                LocalRows.release(scaled);
            }
        }
    }
}

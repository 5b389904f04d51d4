package io.sparkworkbench.engine.ml.segment;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.features.CustomerFeature;
import io.sparkworkbench.engine.ml.features.FeatureTable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The segmentation a consumer of the segments uses, inside its own running action: the model saved for the
 * data set, else one fitted on the spot with the default request through the same pipeline and names the
 * segmentation tab uses. The one fitted on the spot is not saved (the user did not ask to train one).
 */
public final class SegmentationModels {

    private SegmentationModels() {
    }

    /** Computes and caches {@code customer_features} first if this session has not yet. */
    public static ScoringModel savedOrFitted(EngineContext context, DatasetKey key) {
        SegmentationService.ensureFeatures(context);
        SegmentationStore store = new SegmentationStore(context.dataFolder(), key);
        Optional<SegmentationStore.Loaded> saved = store.load();
        if (saved.isPresent()) {
            SegmentationStore.Loaded s = saved.get();
            return new ScoringModel(s.model(), s.request(), s.names(), false, "the segmentation saved in " + store.folder());
        }
        Dataset<Row> features = context.spark().table(FeatureTable.VIEW);
        List<CustomerFeature> available = Arrays.stream(features.columns()).map(CustomerFeature::ofColumn).flatMap(Optional::stream).toList();
        SegmentationRequest request = SegmentationRequest.defaults(available);
        PipelineModel model = SegmentationPipeline.full(request).fit(FitInput.of(features));
        context.checkCancelled();
        Dataset<Row> predictions = model.transform(FitInput.of(features));
        List<String> names = new SegmentationFit(context, key).names(predictions, request.k());
        return new ScoringModel(model, request, names, true, "no segmentation is saved for this data set: a model fitted on the spot"
                + " with the default request (k = " + request.k() + ", not saved; train one in the Segments tab to keep it)");
    }
}

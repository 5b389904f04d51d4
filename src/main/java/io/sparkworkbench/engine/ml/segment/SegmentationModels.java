package io.sparkworkbench.engine.ml.segment;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.features.CustomerFeature;
import io.sparkworkbench.engine.ml.features.FeatureTable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    /**
     * Customers an on-the-spot fit reads at most: every customer up to scale 2 of the generated data set, a seeded
     * sample beyond (K-Means centres of 20,000 customers in a few dense features move little with more; ADR 0036).
     */
    public static final int SCORING_FIT_ROWS = 20_000;

    /** Computes and caches {@code customer_features} first if this session has not yet. */
    public static ScoringModel savedOrFitted(EngineContext context, DatasetKey key) {
        return savedOrFitted(context, key, SCORING_FIT_ROWS);
    }

    /**
     * The saved model, else the default request fitted on the spot for scoring only ({@link SegmentationPipeline#scoring}:
     * no PCA) on at most {@code maxFitRows} customers, named from the same rows.
     */
    public static ScoringModel savedOrFitted(EngineContext context, DatasetKey key, int maxFitRows) {
        if (maxFitRows < 1) {
            throw new IllegalArgumentException("an on-the-spot fit needs at least one customer, not " + maxFitRows);
        }
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
        long customers = FitInput.cachedRows(features).orElseGet(features::count);
        Dataset<Row> fitRows = customers > maxFitRows ? features.sample(false, Math.min(1.0, 1.1 * maxFitRows / customers), request.seed())
                .limit(maxFitRows) : features;
        Dataset<Row> input = FitInput.of(fitRows).cache();
        try {
            PipelineModel model = SegmentationPipeline.scoring(request).fit(input);
            context.checkCancelled();
            List<String> names = new SegmentationFit(context, key).names(model.transform(input), request.k());
            String rows = customers > maxFitRows ? String.format(Locale.ROOT, "a seeded sample of %,d of the %,d customers", input.count(), customers)
                    : String.format(Locale.ROOT, "all %,d customers", customers);
            return new ScoringModel(model, request, names, true, "no segmentation is saved for this data set: a model fitted on the spot"
                    + " with the default request (k = " + request.k() + ", scaler and K-Means on " + rows
                    + "; not saved: train one in the Segments tab to keep it)");
        } finally {
            input.unpersist(false);
        }
    }
}

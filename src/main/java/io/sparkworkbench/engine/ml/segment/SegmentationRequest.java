package io.sparkworkbench.engine.ml.segment;

import io.sparkworkbench.engine.ml.features.CustomerFeature;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the user set in the segmentation form: the feature columns of {@code customer_features} the model
 * uses, which of them are log-transformed first, k, the iteration cap and the seed.
 */
public record SegmentationRequest(List<String> features, Set<String> logFeatures, int k, int maxIterations, long seed) {

    public static final int MAX_K = 50;

    public SegmentationRequest {
        features = List.copyOf(features);
        logFeatures = Set.copyOf(logFeatures);
        if (features.size() < 2) {
            throw new IllegalArgumentException("Pick at least two features for the model (picked " + features.size() + ")");
        }
        if (new LinkedHashSet<>(features).size() != features.size()) {
            throw new IllegalArgumentException("A feature is picked twice: " + features);
        }
        if (!features.containsAll(logFeatures)) {
            throw new IllegalArgumentException("Log transform is set for a feature the model does not use: " + logFeatures);
        }
        if (k < 2 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 2 and " + MAX_K + ", not " + k);
        }
        if (maxIterations < 1 || maxIterations > 1000) {
            throw new IllegalArgumentException("Max iterations must be between 1 and 1000, not " + maxIterations);
        }
    }

    /** The default model: {@link CustomerFeature#DEFAULT_MODEL}, skewed ones logged, k = 5. */
    public static SegmentationRequest defaults(List<CustomerFeature> available) {
        List<CustomerFeature> chosen = CustomerFeature.DEFAULT_MODEL.stream().filter(available::contains).toList();
        Set<String> logged = new LinkedHashSet<>();
        chosen.stream().filter(CustomerFeature::skewed).forEach(f -> logged.add(f.column()));
        return new SegmentationRequest(CustomerFeature.columns(chosen), logged, 5, 40, 42);
    }

    public SegmentationRequest withK(int newK) {
        return new SegmentationRequest(features, logFeatures, newK, maxIterations, seed);
    }
}

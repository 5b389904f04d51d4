package io.sparkworkbench.engine.ml.features;

import io.sparkworkbench.engine.sql.TablePreview;
import java.util.List;

/** {@code customer_features} as registered: its features, how many customers, a summary per feature and the first rows. */
public record FeatureTable(List<CustomerFeature> features, long customers, List<FeatureSummary> summaries, TablePreview preview) {

    public static final String VIEW = "customer_features";

    public record FeatureSummary(CustomerFeature feature, double mean, double stddev, double min, double max) {
    }
}

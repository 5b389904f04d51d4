package io.sparkworkbench.engine.ml.churn;

import java.util.List;

/**
 * How one fitted model did on the test set: its AUC (computed exactly by Spark), the ROC curve and the
 * score histograms by label (from which the UI derives the confusion matrix at any threshold), and the
 * features it leans on most, largest first.
 */
public record ModelReport(ModelKind kind, double auc, List<RocPoint> roc, ScoreHistogram histogram, List<FeatureWeight> importance) {

    public ModelReport {
        roc = List.copyOf(roc);
        importance = List.copyOf(importance);
    }
}

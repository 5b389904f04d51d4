package io.sparkworkbench.engine.ml.churn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A trained (or reloaded) churn model as the UI sees it: plain values, no Spark types.
 *
 * @param cutoff       the end of the labelled window: churned = no order in [featureDate, cutoff)
 * @param featureDate  cutoff − horizon: the date as of which the model saw each customer
 * @param dataEnd      the day after the data's last order; the scored view predicts the N days after it
 * @param baseChurnRate share of churners among the labelled customers (train and test)
 * @param best         the model with the higher test AUC: the one that scored {@code customer_churn}
 * @param preview      the riskiest customers first, at most {@link ChurnScoring#PREVIEW_ROWS}
 * @param saveProblem  why the model could not be saved, when it could not
 */
public record ChurnResult(ChurnRequest request, LocalDate cutoff, LocalDate featureDate, LocalDate dataEnd, List<String> features,
                          double baseChurnRate, long trainCount, long testCount, List<ModelReport> models, ModelKind best,
                          List<ScoredCustomer> preview, long scoredCount, Map<RiskBand, Long> bandCounts, Instant trainedAt,
                          boolean reloaded, Optional<String> saveProblem) {

    public ChurnResult {
        features = List.copyOf(features);
        models = List.copyOf(models);
        preview = List.copyOf(preview);
        bandCounts = Map.copyOf(bandCounts);
    }

    public ModelReport report(ModelKind kind) {
        return models.stream().filter(m -> m.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No " + kind.label() + " in this churn result"));
    }

    public ModelReport bestReport() {
        return report(best);
    }

    public ChurnResult withScores(List<ScoredCustomer> newPreview, long newScoredCount, Map<RiskBand, Long> newBands) {
        return new ChurnResult(request, cutoff, featureDate, dataEnd, features, baseChurnRate, trainCount, testCount, models, best,
                newPreview, newScoredCount, newBands, trainedAt, reloaded, saveProblem);
    }

    public ChurnResult asReloaded() {
        return new ChurnResult(request, cutoff, featureDate, dataEnd, features, baseChurnRate, trainCount, testCount, models, best,
                preview, scoredCount, bandCounts, trainedAt, true, Optional.empty());
    }

    public ChurnResult withSaveProblem(String problem) {
        return new ChurnResult(request, cutoff, featureDate, dataEnd, features, baseChurnRate, trainCount, testCount, models, best,
                preview, scoredCount, bandCounts, trainedAt, reloaded, Optional.of(problem));
    }
}

package io.sparkworkbench.ui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.churn.ChurnOpening;
import io.sparkworkbench.engine.ml.churn.ChurnRequest;
import io.sparkworkbench.engine.ml.churn.ChurnResult;
import io.sparkworkbench.engine.ml.churn.Confusion;
import io.sparkworkbench.engine.ml.churn.FeatureWeight;
import io.sparkworkbench.engine.ml.churn.ModelKind;
import io.sparkworkbench.engine.ml.churn.ModelReport;
import io.sparkworkbench.engine.ml.churn.RiskBand;
import io.sparkworkbench.engine.ml.churn.ScoreHistogram;
import io.sparkworkbench.engine.ml.churn.ScoredCustomer;
import io.sparkworkbench.ui.common.DirectTaskRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ChurnViewModelTest {

    private static final LocalDate END = LocalDate.of(2026, 1, 1);
    private static final DatasetKey KEY = new DatasetKey(Path.of("/data/shop"), "shop-0123456789abcdef", OptionalLong.empty(),
            OptionalLong.empty());

    private final List<ChurnRequest> requests = new ArrayList<>();

    private static ChurnResult result(ChurnRequest request) {
        ScoreHistogram lr = ScoreHistogram.of(new long[]{0, 1, 2, 7}, new long[]{6, 3, 1, 0});
        ScoreHistogram rf = ScoreHistogram.of(new long[]{1, 1, 1, 7}, new long[]{5, 4, 1, 0});
        List<FeatureWeight> weights = List.of(new FeatureWeight("recency_days", 2), new FeatureWeight("frequency", 1));
        return new ChurnResult(request, END, END.minusDays(request.horizonDays()), END, List.of("recency_days", "frequency"), 0.5, 60, 20,
                List.of(new ModelReport(ModelKind.LOGISTIC_REGRESSION, 0.9, lr.rocCurve(), lr, weights),
                        new ModelReport(ModelKind.RANDOM_FOREST, 0.8, rf.rocCurve(), rf, weights)),
                ModelKind.LOGISTIC_REGRESSION, List.of(new ScoredCustomer(7, 0.95, RiskBand.HIGH)), 80,
                Map.of(RiskBand.HIGH, 30L, RiskBand.MEDIUM, 20L, RiskBand.LOW, 30L), Instant.parse("2026-01-02T10:00:00Z"), false,
                Optional.empty());
    }

    private ChurnViewModel model(Optional<ChurnResult> saved) {
        return new ChurnViewModel(folder -> EngineTask.completed("open", new ChurnOpening(KEY, END, List.of("recency_days", "frequency"),
                saved, Optional.empty())), (request, key) -> {
                    requests.add(request);
                    return EngineTask.completed("train", result(request));
                }, new DirectTaskRunner());
    }

    @Test
    void theFeaturePickerListsTheDatasetsFeaturesAndTrainingUsesTheTickedOnes() {
        ChurnViewModel model = new ChurnViewModel(folder -> EngineTask.completed("open", new ChurnOpening(KEY, END,
                List.of("recency_days", "frequency", "tenure_days"), Optional.empty(), Optional.empty())), (request, key) -> {
                    requests.add(request);
                    return EngineTask.completed("train", result(request));
                }, new DirectTaskRunner());
        model.datasetOpened(Path.of("/data/shop"));
        assertThat(model.features()).extracting(f -> f.feature().column()).containsExactly("recency_days", "frequency", "tenure_days");
        model.train();
        assertThat(requests.get(0).features()).as("all ticked means every feature the data set allows").isEmpty();

        model.features().get(1).usedProperty().set(false);
        model.train();
        assertThat(requests.get(1).features()).containsExactly("recency_days", "tenure_days");

        model.features().forEach(f -> f.usedProperty().set(false));
        model.train();
        assertThat(requests).hasSize(2);
        assertThat(model.action().statusProperty().get()).contains("at least two features");
    }

    @Test
    void openingADatasetSetsTheCutoffToItsEndAndTrainingAsksForTheForm() {
        ChurnViewModel model = model(Optional.empty());
        model.train();
        assertThat(requests).isEmpty();
        assertThat(model.action().statusProperty().get()).contains("Open a data set");

        model.datasetOpened(Path.of("/data/shop"));
        assertThat(model.cutoffProperty().get()).isEqualTo(END);
        model.horizonDaysProperty().set(60);
        model.ensembleProperty().set(ModelKind.GBT);
        model.treesProperty().set(20);
        model.seedProperty().set("7");
        model.train();
        assertThat(requests).hasSize(1);
        ChurnRequest asked = requests.get(0);
        assertThat(asked.horizonDays()).isEqualTo(60);
        assertThat(asked.cutoff()).as("the data's end is the default, not a fixed date").isEmpty();
        assertThat(asked.ensemble()).isEqualTo(ModelKind.GBT);
        assertThat(asked.trees()).isEqualTo(20);
        assertThat(asked.seed()).isEqualTo(7);
        assertThat(model.resultProperty().get()).isNotNull();
        assertThat(model.action().statusProperty().get()).contains("Logistic regression AUC 0.900").contains("customer_churn");

        model.cutoffProperty().set(LocalDate.of(2025, 9, 1));
        model.train();
        assertThat(requests.get(1).cutoff()).contains(LocalDate.of(2025, 9, 1));
    }

    @Test
    void aBadSeedIsNamedAndNothingIsTrained() {
        ChurnViewModel model = model(Optional.empty());
        model.datasetOpened(Path.of("/data/shop"));
        model.seedProperty().set("forty-two");
        model.train();
        assertThat(requests).isEmpty();
        assertThat(model.action().statusProperty().get()).isEqualTo("Seed must be a whole number, not 'forty-two'");
        model.seedProperty().set("1");
        model.treesProperty().set(0);
        model.train();
        assertThat(model.action().statusProperty().get()).contains("Trees must be between 1");
    }

    @Test
    void theThresholdAndTheModelChoiceGiveTheirConfusionMatrixWithoutRetraining() {
        ChurnViewModel model = model(Optional.empty());
        model.datasetOpened(Path.of("/data/shop"));
        model.train();
        assertThat(model.selectedModelProperty().get()).as("the better model first").isEqualTo(ModelKind.LOGISTIC_REGRESSION);
        assertThat(model.confusionProperty().get()).isEqualTo(new Confusion(0.5, 9, 1, 1, 9));
        model.thresholdProperty().set(0.75);
        assertThat(model.confusionProperty().get()).isEqualTo(new Confusion(0.75, 7, 0, 3, 10));
        model.selectedModelProperty().set(ModelKind.RANDOM_FOREST);
        assertThat(model.confusionProperty().get()).isEqualTo(new Confusion(0.75, 7, 0, 3, 10));
        model.thresholdProperty().set(0.25);
        assertThat(model.confusionProperty().get()).isEqualTo(new Confusion(0.25, 9, 5, 1, 5));
        assertThat(requests).hasSize(1);
    }

    @Test
    void aSavedModelIsShownWithItsFormValuesWhenTheDatasetOpens() {
        ChurnRequest saved = ChurnRequest.defaults().withHorizon(30).withEnsemble(ModelKind.GBT, 12, 3);
        ChurnViewModel model = model(Optional.of(result(saved).asReloaded()));
        model.datasetOpened(Path.of("/data/shop"));
        assertThat(model.resultProperty().get().reloaded()).isTrue();
        assertThat(model.horizonDaysProperty().get()).isEqualTo(30);
        assertThat(model.ensembleProperty().get()).isEqualTo(ModelKind.GBT);
        assertThat(model.treesProperty().get()).isEqualTo(12);
        assertThat(model.action().statusProperty().get()).startsWith("Loaded the churn model trained 2026-01-02");
        assertThat(model.confusionProperty().get()).isNotNull();
    }
}

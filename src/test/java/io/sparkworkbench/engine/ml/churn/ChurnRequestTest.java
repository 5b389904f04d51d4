package io.sparkworkbench.engine.ml.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.ml.features.CustomerFeature;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChurnRequestTest {

    private static ChurnRequest with(int horizon, double fraction, ModelKind kind, int trees, int depth, List<String> features) {
        return new ChurnRequest(horizon, Optional.empty(), features, fraction, 1, kind, trees, depth);
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> with(0, 0.25, ModelKind.RANDOM_FOREST, 10, 5, List.of())).hasMessageContaining("horizon");
        assertThatThrownBy(() -> with(90, 0.9, ModelKind.RANDOM_FOREST, 10, 5, List.of())).hasMessageContaining("Test fraction");
        assertThatThrownBy(() -> with(90, 0.25, ModelKind.LOGISTIC_REGRESSION, 10, 5, List.of())).hasMessageContaining("ensemble");
        assertThatThrownBy(() -> with(90, 0.25, ModelKind.GBT, 0, 5, List.of())).hasMessageContaining("Trees");
        assertThatThrownBy(() -> with(90, 0.25, ModelKind.GBT, 10, 31, List.of())).hasMessageContaining("depth");
        assertThatThrownBy(() -> with(90, 0.25, ModelKind.GBT, 10, 5, List.of("frequency", "shoe_size")))
                .hasMessageContaining("Unknown churn feature 'shoe_size'");
        assertThatThrownBy(() -> with(90, 0.25, ModelKind.GBT, 10, 5, List.of("frequency"))).hasMessageContaining("at least two");
    }

    @Test
    void theDefaultCutoffIsTheDataEndAndTheDefaultFeaturesAllAvailable() {
        ChurnRequest defaults = ChurnRequest.defaults();
        LocalDate end = LocalDate.of(2026, 1, 1);
        assertThat(defaults.cutoffFor(end)).isEqualTo(end);
        assertThat(defaults.withCutoff(Optional.of(LocalDate.of(2025, 6, 1))).cutoffFor(end)).isEqualTo(LocalDate.of(2025, 6, 1));
        List<CustomerFeature> available = List.of(CustomerFeature.RECENCY_DAYS, CustomerFeature.FREQUENCY, CustomerFeature.TENURE_DAYS);
        assertThat(defaults.featuresFor(available)).containsExactly("recency_days", "frequency", "tenure_days");
        ChurnRequest picked = with(90, 0.25, ModelKind.GBT, 10, 5, List.of("frequency", "sessions"));
        assertThatThrownBy(() -> picked.featuresFor(available)).hasMessageContaining("[sessions]").hasMessageContaining("table is missing");
    }
}

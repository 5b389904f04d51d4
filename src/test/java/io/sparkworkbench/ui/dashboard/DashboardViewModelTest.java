package io.sparkworkbench.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.dashboard.DashboardData;
import io.sparkworkbench.engine.dashboard.DashboardFilter;
import io.sparkworkbench.engine.dashboard.FilterChoices;
import io.sparkworkbench.engine.dashboard.Section;
import io.sparkworkbench.ui.common.DirectTaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the dashboard computes and with which filter, on finished tasks (no Spark, no FX toolkit). */
class DashboardViewModelTest {

    private static final FilterChoices CHOICES = new FilterChoices(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31),
            List.of("DE", "FR"), List.of("web", "store"), List.of());
    private final List<DashboardFilter> computed = new ArrayList<>();
    private int choicesAsked;
    private final DashboardViewModel model = new DashboardViewModel(new DashboardBackend() {
        @Override
        public EngineTask<FilterChoices> choices() {
            choicesAsked++;
            return EngineTask.completed("choices", CHOICES);
        }

        @Override
        public EngineTask<DashboardData> compute(DashboardFilter filter, Path datasetFolder) {
            computed.add(filter);
            return EngineTask.completed("compute", new DashboardData(filter, List.of(), List.of(), List.of(), List.of(), List.of(),
                    Section.missing("none"), "", Section.missing("none"), 0, Section.missing("none")));
        }
    }, new DirectTaskRunner());

    @Test
    void computesOnlyOnceShownThenOnTheLastYearOfData() {
        model.datasetOpened(Path.of("/data/shop"));
        assertThat(choicesAsked).isZero();
        model.shown();
        assertThat(choicesAsked).isEqualTo(1);
        assertThat(computed).containsExactly(DashboardFilter.range(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(model.countries()).containsExactly(DashboardViewModel.ALL, "DE", "FR");
        model.shown();
        assertThat(computed).as("shown again with nothing new: no recompute").hasSize(1);
    }

    @Test
    void appliesTheChosenFilterAndRefusesABackwardsRange() {
        model.datasetOpened(Path.of("/data/shop"));
        model.shown();
        model.channelProperty().set("web");
        model.countryProperty().set("FR");
        model.apply();
        assertThat(computed.get(1).channel()).hasValue("web");
        assertThat(computed.get(1).country()).hasValue("FR");
        assertThat(computed.get(1).segment()).isEmpty();

        model.fromProperty().set(LocalDate.of(2025, 6, 1));
        model.toProperty().set(LocalDate.of(2025, 5, 1));
        model.apply();
        assertThat(computed).hasSize(2);
        assertThat(model.action().statusProperty().get()).contains("ends before it starts");

        model.resetFilter();
        assertThat(computed.get(2)).isEqualTo(DashboardFilter.range(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void reloadingReadsTheValuesAgainAndKeepsTheFilterShown() {
        model.datasetOpened(Path.of("/data/shop"));
        model.shown();
        model.fromProperty().set(LocalDate.of(2025, 3, 1));
        model.channelProperty().set("store");
        model.countryProperty().set("XX");
        model.reload();
        assertThat(choicesAsked).isEqualTo(2);
        DashboardFilter last = computed.get(computed.size() - 1);
        assertThat(last.from()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(last.channel()).hasValue("store");
        assertThat(last.country()).as("a value the data does not have goes back to All").isEmpty();
    }

    @Test
    void aNewDataSetWhileShownComputesAgain() {
        model.datasetOpened(Path.of("/data/shop"));
        model.shown();
        model.datasetOpened(Path.of("/data/other"));
        assertThat(choicesAsked).isEqualTo(2);
        assertThat(computed).hasSize(2);
    }
}

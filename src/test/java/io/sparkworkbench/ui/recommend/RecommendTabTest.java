package io.sparkworkbench.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.ml.recommend.RecommendRequest;
import io.sparkworkbench.ui.common.DirectTaskRunner;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The tab's wiring between its view models (no toolkit: the content is not built). */
class RecommendTabTest {

    private final FakeBackend backend = new FakeBackend();
    private final RecommendTab tab = new RecommendTab(backend, new DirectTaskRunner(), request -> EngineTask.completed("x", null),
            Path.of("/tmp"));

    @Test
    void anOpenedDataSetFeedsTheBrowserAndAReloadedModelReachesEveryPart() {
        backend.saved = Optional.of(RecommendFixtures.model(RecommendRequest.defaults(), true));
        tab.datasetOpened(Path.of("/data/shop"));
        assertThat(backend.opened).isEmpty();
        tab.shown();

        tab.browser().search("cleo");
        assertThat(tab.browser().suggestions()).hasSize(1);
        tab.browser().openCustomer(1);
        assertThat(tab.browser().recommendationsProperty().get().items()).isNotEmpty();
        assertThat(tab.export().hasModelProperty().get()).isTrue();
        tab.mix().compute();
        assertThat(tab.mix().overallProperty().get()).hasSize(2);
    }

    @Test
    void aDataSetWithoutASavedModelStillBrowsesCustomers() {
        tab.shown();
        tab.datasetOpened(Path.of("/data/shop"));
        tab.browser().openCustomer(4);
        assertThat(tab.browser().cardProperty().get().history()).hasSize(2);
        assertThat(tab.browser().recommendationNoteProperty().get()).isEqualTo(BrowserViewModel.TRAIN_FIRST);
        assertThat(tab.export().hasModelProperty().get()).isFalse();

        tab.model().train();
        assertThat(tab.browser().recommendationsProperty().get()).as("training refreshes the shown customer").isNotNull();
        assertThat(tab.export().hasModelProperty().get()).isTrue();
    }
}

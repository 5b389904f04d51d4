package io.sparkworkbench.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.ml.recommend.RatingSource;
import io.sparkworkbench.engine.ml.recommend.RecommendRequest;
import io.sparkworkbench.engine.ml.recommend.SplitKind;
import io.sparkworkbench.ui.common.DirectTaskRunner;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecommendViewModelTest {

    private final FakeBackend backend = new FakeBackend();
    private final RecommendViewModel model = new RecommendViewModel(backend, new DirectTaskRunner());

    {
        model.setZone(ZoneOffset.UTC);
    }

    @Test
    void aDataSetIsReadOnlyOnceTheTabIsShown() {
        model.datasetOpened(Path.of("/data/shop"));
        assertThat(backend.opened).isEmpty();
        assertThat(model.action().statusProperty().get()).contains("when this tab is shown");

        model.shown();
        assertThat(backend.opened).containsExactly(Path.of("/data/shop"));
        assertThat(model.openingProperty().get()).isNotNull();
        assertThat(model.modelProperty().get()).isNull();
        assertThat(model.action().statusProperty().get()).startsWith("5 customers to browse.").contains("No saved model");

        model.sessionRestarted();
        assertThat(backend.opened).as("a new session has lost the views: read the data set again").hasSize(2);
    }

    @Test
    void aSavedModelIsReloadedAndItsParametersFillTheForm() {
        RecommendRequest savedRequest = RecommendRequest.defaults().withRankAndRegParam(20, 0.5);
        backend.saved = Optional.of(RecommendFixtures.model(savedRequest, true));
        model.shown();
        model.datasetOpened(Path.of("/data/shop"));

        assertThat(model.modelProperty().get()).isNotNull();
        assertThat(model.form().rankProperty().get()).isEqualTo(20);
        assertThat(model.form().regParamProperty().get()).isEqualTo("0.5");
        assertThat(model.action().statusProperty().get()).contains("Reloaded the saved model trained 2026-11-30 14:05 (rank 20,");
    }

    @Test
    void aSavedModelArrivingAfterTheUserTypedLeavesTheirValuesInTheForm() {
        backend.saved = Optional.of(RecommendFixtures.model(RecommendRequest.defaults().withRankAndRegParam(20, 0.5), true));
        model.form().rankProperty().set(30);
        model.shown();
        model.datasetOpened(Path.of("/data/shop"));

        assertThat(model.modelProperty().get()).as("the saved model is still shown").isNotNull();
        assertThat(model.form().rankProperty().get()).isEqualTo(30);
        assertThat(model.form().regParamProperty().get()).isEqualTo("1");
        assertThat(model.action().statusProperty().get()).endsWith("The form keeps the values you typed.");
    }

    @Test
    void badValuesAreNamedBesideTheFormAndNothingIsTrained() {
        model.shown();
        model.datasetOpened(Path.of("/data/shop"));
        TrainFormViewModel form = model.form();
        assertThat(form.problemProperty().get()).isEmpty();

        form.regParamProperty().set("lots");
        assertThat(form.problemProperty().get()).isEqualTo("regParam must be a number, not 'lots'");
        form.regParamProperty().set("0.1");
        form.rankProperty().set(500);
        assertThat(form.problemProperty().get()).isEqualTo("Rank must be between 1 and 200, not 500");
        model.train();
        assertThat(backend.trained).isEmpty();
        assertThat(model.action().statusProperty().get()).isEqualTo("Rank must be between 1 and 200, not 500");

        form.rankProperty().set(8);
        form.testShareProperty().set("0.9");
        assertThat(form.problemProperty().get()).isEqualTo("Test share must be between 0.05 and 0.5, not 0.9");
        form.testShareProperty().set("0.3");
        form.viewWeightProperty().set("0");
        form.cartWeightProperty().set("0");
        form.purchaseWeightProperty().set("0");
        assertThat(form.problemProperty().get()).isEqualTo("At least one implicit weight must be above 0");
    }

    @Test
    void trainSendsTheFormAndShowsTheNewModel() {
        model.shown();
        model.datasetOpened(Path.of("/data/shop"));
        TrainFormViewModel form = model.form();
        form.sourceProperty().set(RatingSource.EXPLICIT_REVIEWS);
        form.splitProperty().set(SplitKind.RANDOM_PER_USER);
        form.testShareProperty().set("0.3");
        form.rankProperty().set(6);
        form.seedProperty().set(" 7 ");
        model.train();

        assertThat(backend.trained).hasSize(1);
        RecommendRequest asked = backend.trained.get(0);
        assertThat(asked.source()).isEqualTo(RatingSource.EXPLICIT_REVIEWS);
        assertThat(asked.split()).isEqualTo(SplitKind.RANDOM_PER_USER);
        assertThat(asked.testFraction()).isEqualTo(0.3);
        assertThat(asked.rank()).isEqualTo(6);
        assertThat(asked.seed()).isEqualTo(7);
        assertThat(model.modelProperty().get()).isNotNull();
        assertThat(model.action().statusProperty().get()).startsWith("Trained 2026-11-30 14:05, ALS fitted in 3.1 s").endsWith("Saved for this data set.");
    }

    @Test
    void switchingToReviewStarsStartsRegParamAtTheirOwnDefaultUnlessTheUserTypedOne() {
        TrainFormViewModel form = new TrainFormViewModel();
        assertThat(form.regParamProperty().get()).isEqualTo("1");
        form.sourceProperty().set(RatingSource.EXPLICIT_REVIEWS);
        assertThat(form.regParamProperty().get()).isEqualTo("0.1");
        form.sourceProperty().set(RatingSource.IMPLICIT_EVENTS);
        assertThat(form.regParamProperty().get()).isEqualTo("1");

        form.regParamProperty().set("0.5");
        form.sourceProperty().set(RatingSource.EXPLICIT_REVIEWS);
        assertThat(form.regParamProperty().get()).isEqualTo("0.5");
    }

    @Test
    void onlyTheSourcesTheDataSetAllowsCanBeChosen() {
        TrainFormViewModel form = new TrainFormViewModel();
        form.sourceProperty().set(RatingSource.EXPLICIT_REVIEWS);
        form.allowSources(Set.of(RatingSource.IMPLICIT_EVENTS));
        assertThat(form.sources()).containsExactly(RatingSource.IMPLICIT_EVENTS);
        assertThat(form.sourceProperty().get()).isEqualTo(RatingSource.IMPLICIT_EVENTS);
        form.sourceProperty().set(RatingSource.EXPLICIT_REVIEWS);
        assertThat(form.problemProperty().get()).isEqualTo("Explicit: review stars 1–5 is not available in this data set");

        form.allowSources(Set.of());
        assertThat(form.problemProperty().get()).contains("no reviews, order items or clickstream");
    }

    @Test
    void trainingBeforeADataSetIsOpenSaysSo() {
        model.train();
        assertThat(backend.trained).isEmpty();
        assertThat(model.action().statusProperty().get()).startsWith("Open a data set first");
    }
}

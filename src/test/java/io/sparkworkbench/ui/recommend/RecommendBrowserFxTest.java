package io.sparkworkbench.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.ml.recommend.Recommendation;
import io.sparkworkbench.engine.ml.recommend.RecommendRequest;
import io.sparkworkbench.ui.common.FxTaskRunner;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The browser driven through its controls over the hand-built shop (no Spark): type-ahead, card beside recommendations, product view. */
@ExtendWith(ApplicationExtension.class)
class RecommendBrowserFxTest {

    private final FakeBackend backend = new FakeBackend();
    private RecommendTab tab;

    @Start
    void start(Stage stage) {
        backend.saved = Optional.of(RecommendFixtures.model(RecommendRequest.defaults(), true));
        tab = new RecommendTab(backend, new FxTaskRunner(), request -> EngineTask.completed("export", null), Path.of("/tmp"));
        stage.setScene(new Scene((javafx.scene.Parent) tab.content(), 1240, 780));
        stage.show();
        tab.datasetOpened(Path.of("/data/shop"));
        tab.shown();
    }

    @Test
    void typingANameShowsSuggestionsAndChoosingOneShowsHistoryBesideRecommendations(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tab.model().modelProperty().get() != null);
        assertThat(robot.lookup("#recommend-headline").queryLabeled().getText()).startsWith("ALS is 2.4× popularity on precision@10");
        assertThat(robot.lookup("#recommend-metrics-table").queryTableView().getItems()).hasSize(3);

        robot.interact(() -> tab.view().select("recommend-tab-browser"));
        robot.clickOn("#browser-customer-search").write("dan");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tab.view().browser().customerSearch().isShowingSuggestions());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tab.browser().cardProperty().get() != null);

        TableView<?> history = robot.lookup("#card-history").queryTableView();
        TableView<?> recommended = robot.lookup("#recommend-table").queryTableView();
        assertThat(history.getItems()).hasSize(2);
        assertThat(recommended.getItems()).isNotEmpty();
        assertThat(history.localToScreen(history.getBoundsInLocal()).getMaxX())
                .as("history and recommendations side by side")
                .isLessThanOrEqualTo(recommended.localToScreen(recommended.getBoundsInLocal()).getMinX() + 1);
        assertThat(robot.lookup("#card-title").queryLabeled().getText()).startsWith("Dan Brown");

        Recommendation first = (Recommendation) recommended.getItems().get(0);
        robot.interact(() -> recommended.getSelectionModel().select(0));
        assertThat(robot.lookup("#product-title").queryLabeled().getText()).startsWith(first.product().name());
        assertThat(robot.lookup("#product-similar").queryTableView().getItems()).isNotEmpty();

        robot.interact(() -> tab.browser().openCustomer(3));
        Label note = robot.lookup("#recommend-note").queryAs(Label.class);
        assertThat(note.getText()).isEqualTo("Popular in France: the model has no history for this customer");
        assertThat(note.getStyleClass()).contains("recommend-fallback");
    }
}

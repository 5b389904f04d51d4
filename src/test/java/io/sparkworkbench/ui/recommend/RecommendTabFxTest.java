package io.sparkworkbench.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.files.DataExports;
import io.sparkworkbench.engine.ml.recommend.CustomerHit;
import io.sparkworkbench.engine.ml.recommend.RecommendModel;
import io.sparkworkbench.engine.ml.recommend.RecommendService;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.ui.common.FxTaskRunner;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tab on the real engine and a generated data set, as a user drives it: train, find a customer, see their
 * history beside their recommendations, open a recommended product and see its similar products.
 */
@ExtendWith(ApplicationExtension.class)
class RecommendTabFxTest {

    private static final SparkEngine ENGINE = SharedSparkEngine.get();
    private static Path folder;
    private RecommendTab tab;

    @BeforeAll
    static void data() {
        folder = GeneratedData.parquet(0.2).folder();
        ENGINE.submit("open", c -> DatasetCatalog.register(c, folder)).future().join();
    }

    @Start
    void start(Stage stage) {
        tab = new RecommendTab(RecommendBackend.of(new RecommendService(ENGINE)), new FxTaskRunner(), new DataExports(ENGINE)::export,
                GeneratedData.tempFolder("recommend-export"));
        tab.setExportTarget((owner, view) -> Optional.empty());
        stage.setScene(new Scene((javafx.scene.Parent) tab.content(), 1240, 780));
        stage.show();
        tab.datasetOpened(folder);
        tab.shown();
    }

    @Test
    void trainSearchACustomerSeeHistoryBesideRecommendationsAndOpenAProduct(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> tab.model().openingProperty().get() != null
                && !tab.model().action().runningProperty().get());
        robot.interact(() -> {
            tab.model().form().rankProperty().set(8);
            tab.model().form().iterationsProperty().set(5);
        });
        // Another test may have saved a model for the same generated data: wait for the one this click trains.
        RecommendModel before = tab.model().modelProperty().get();
        robot.clickOn("#recommend-train");
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> tab.model().modelProperty().get() != null
                && tab.model().modelProperty().get() != before && !tab.model().action().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#recommend-metrics-table").queryTableView().getItems()).hasSize(3);
        assertThat(robot.lookup("#recommend-headline").queryLabeled().getText()).contains("popularity on precision@");

        // A customer the model has factors for, found by typing their id.
        CustomerHit someone = tab.model().openingProperty().get().directory().search("1", 50).stream()
                .filter(c -> tab.model().modelProperty().get().recommender().knowsCustomer(c.customerId()))
                .findFirst().orElseThrow();
        robot.interact(() -> tab.view().select("recommend-tab-browser"));
        robot.clickOn("#browser-customer-search").write(Long.toString(someone.customerId()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tab.view().browser().customerSearch().isShowingSuggestions());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> tab.browser().cardProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> history = robot.lookup("#card-history").queryTableView();
        TableView<?> recommended = robot.lookup("#recommend-table").queryTableView();
        assertThat(history.getItems()).isNotEmpty();
        assertThat(recommended.getItems()).hasSize(10);
        assertThat(history.localToScreen(history.getBoundsInLocal()).getMaxX())
                .isLessThanOrEqualTo(recommended.localToScreen(recommended.getBoundsInLocal()).getMinX() + 1);

        robot.interact(() -> recommended.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#product-similar").queryTableView().getItems().isEmpty());
        assertThat(robot.lookup("#product-similar").queryTableView().getItems()).hasSize(BrowserViewModel.NEIGHBOURS);
        assertThat(robot.lookup("#product-buyers").queryTableView().getItems()).isNotEmpty();
    }
}

package io.sparkworkbench.ui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.ml.churn.ChurnService;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.testing.fxio.FxThreadIo;
import io.sparkworkbench.ui.common.FxTaskRunner;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens a generated data set at scale 0.1, trains both churn models and slides the threshold, as a user would. */
@ExtendWith(ApplicationExtension.class)
class ChurnViewFxTest {

    private final SparkEngine engine = SharedSparkEngine.get();
    private ChurnViewModel model;

    @Start
    void start(Stage stage) {
        model = new ChurnViewModel(new ChurnService(engine), new FxTaskRunner());
        stage.setScene(new Scene(new ChurnView(model), 1200, 800));
        stage.show();
    }

    @Test
    void trainingShowsTwoRocCurvesAndTheMatrixFollowsTheSlider(FxRobot robot) throws Exception {
        Path folder = GeneratedData.parquet(0.1).folder();
        engine.submit("test: open", ctx -> DatasetCatalog.register(ctx, folder)).future().join();
        WaitForAsyncUtils.waitForFxEvents();
        FxThreadIo.clear();

        robot.interact(() -> model.datasetOpened(folder));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.openingProperty().get() != null);
        robot.interact(() -> model.treesProperty().set(10));
        robot.clickOn("#churn-train");
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> model.resultProperty().get() != null
                && !model.action().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        WorkbenchChart roc = robot.lookup("#churn-roc").queryAs(WorkbenchChart.class);
        XYPlot plot = (XYPlot) roc.getChart().getPlot();
        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(plot.getDataset().getSeriesKey(0).toString()).startsWith("Logistic regression (AUC 0.");
        assertThat(plot.getDataset().getSeriesKey(1).toString()).startsWith("Random forest (AUC 0.");
        assertThat(robot.lookup("#churn-importance").queryAs(WorkbenchChart.class).emptyProperty().get()).isFalse();
        assertThat(robot.lookup("#churn-scores").queryAs(TableView.class).getItems()).isNotEmpty();
        assertThat(robot.lookup("#churn-status").queryAs(Label.class).getText()).contains("customer_churn");

        Label tp = robot.lookup("#churn-tp").queryAs(Label.class);
        Label fp = robot.lookup("#churn-fp").queryAs(Label.class);
        String tpAtHalf = tp.getText();
        String fpAtHalf = fp.getText();
        assertThat(tpAtHalf).startsWith("TP ");
        robot.clickOn("#churn-threshold").type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#churn-threshold-value").queryAs(Label.class).getText()).isEqualTo("0.000");
        assertThat(tp.getText() + " " + fp.getText()).as("everyone flagged at threshold 0").isNotEqualTo(tpAtHalf + " " + fpAtHalf);
        assertThat(robot.lookup("#churn-tn").queryAs(Label.class).getText()).isEqualTo("TN 0");
        assertThat(robot.lookup("#churn-fn").queryAs(Label.class).getText()).isEqualTo("FN 0");

        assertThat(FxThreadIo.workbenchCalls()).as("file-system calls on the JavaFX thread").isEmpty();
    }
}

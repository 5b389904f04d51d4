package io.sparkworkbench.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.dashboard.DashboardData;
import io.sparkworkbench.engine.dashboard.DashboardService;
import io.sparkworkbench.engine.dashboard.Kpi;
import io.sparkworkbench.engine.pipeline.PipelineRequest;
import io.sparkworkbench.engine.pipeline.PipelineStep;
import io.sparkworkbench.engine.pipeline.StepProgress;
import io.sparkworkbench.engine.pipeline.StepState;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.PipelineRuns;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.testing.fxio.FxThreadIo;
import io.sparkworkbench.ui.common.FxTaskRunner;
import io.sparkworkbench.ui.common.chart.ExportExecutor;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole analysis run from the Dashboard tab as a user would, on the real engine at scale 0.1 (what the engine's
 * own pipeline tests run): every step's row ends done, then the dashboard fills its cards for the run's data set.
 */
@ExtendWith(ApplicationExtension.class)
class PipelinePanelFxTest {

    /**
     * The engine's pipeline tests' scale. Scale 0.01 passes too but is no quicker (the run's time is the steps' fixed
     * Spark cost: 4 min 31 s of CPU for the test JVM at 0.01 against 4 min 16 s at 0.1, measured on this machine).
     */
    private static final double SCALE = PipelineRuns.SCALE;

    private final Path dataFolder = GeneratedData.tempFolder("pipeline-panel");
    private DashboardTab tab;

    @Start
    void start(Stage stage) {
        PipelineViewModel pipeline = new PipelineViewModel(PipelineBackend.of(PipelineRuns.service()), new PipelineForm(dataFolder));
        tab = new DashboardTab(new DashboardViewModel(DashboardBackend.of(new DashboardService(SharedSparkEngine.get())),
                new FxTaskRunner()), pipeline, new NoDrilldown());
        // As the app wires it: a finished run's data set reaches the tab as an opened data set.
        pipeline.setOnDatasetReady(tab::datasetOpened);
        stage.setScene(new Scene((javafx.scene.Parent) tab.content(), 1280, 820));
        stage.show();
        tab.shown();
    }

    @Test
    void runsEveryStepFromTheTabThenShowsTheRunsDataSet(FxRobot robot) throws Exception {
        assertThat(tab.view().pipeline().isVisible()).as("hidden until asked for").isFalse();
        robot.clickOn("#dashboard-pipeline-toggle");
        assertThat(tab.view().pipeline().isVisible()).isTrue();
        TextField scale = robot.lookup("#pipeline-scale").queryAs(TextField.class);
        robot.interact(() -> scale.setText(""));
        robot.clickOn(scale).write(Double.toString(SCALE));
        assertThat(robot.lookup("#pipeline-out").queryAs(TextField.class).getText())
                .isEqualTo(dataFolder.resolve("pipeline-runs").resolve("generated-s" + SCALE + "-seed42").toString());
        FxThreadIo.clear();
        robot.clickOn("#pipeline-run");
        assertThat(tab.pipeline().runningProperty().get()).isTrue();

        // A guard, not a figure: the run took 178 s to 313 s on the shared 2-core machine under other builds.
        WaitForAsyncUtils.waitFor(900, TimeUnit.SECONDS, () -> tab.pipeline().outcomeProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        List<StepProgress> rows = List.copyOf(tab.pipeline().steps());
        assertThat(tab.pipeline().outcomeProperty().get()).as(tab.pipeline().messageProperty().get()).isEqualTo(StepState.DONE);
        assertThat(rows).extracting(StepProgress::step).doesNotContain(PipelineStep.LIVE)
                .containsExactlyElementsOf(PipelineRequest.generate(0.1, 42, Path.of("/x")).steps());
        for (StepProgress row : rows) {
            assertThat(row.state()).as(row.step() + ": " + row.message()).isEqualTo(StepState.DONE);
            assertThat(row.rows()).as(row.step() + " rows").isPositive();
            assertThat(row.jobs()).as(row.step() + " Spark jobs").isPositive();
        }
        assertThat(robot.lookup("#pipeline-steps .table-cell").queryAllAs(Labeled.class))
                .filteredOn(cell -> "done".equals(cell.getText())).as("a 'done' state cell per step").hasSize(rows.size());
        assertThat(robot.lookup("#pipeline-total").queryAs(Labeled.class).getText()).startsWith("Done in").contains("7 steps run");

        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> tab.model().dataProperty().get() != null
                && !tab.model().action().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        for (Kpi kpi : Kpi.values()) {
            assertThat(tab.view().card(kpi).valueText()).as(kpi.label()).isNotEqualTo("—").isNotBlank();
        }
        for (String chart : List.of("revenue", "funnel", "segments", "products", "categories", "recommend", "communities")) {
            WorkbenchChart shown = tab.view().chartOf("dashboard-chart-" + chart);
            assertThat(shown.getChart()).as(chart + ", drawn from the run's views").isNotNull();
            assertThat(shown.getData().isEmpty()).as(chart + " data").isFalse();
        }

        DashboardData whole = tab.model().dataProperty().get();
        String revenueBefore = tab.view().card(Kpi.REVENUE).valueText();
        robot.interact(() -> robot.lookup("#dashboard-channel").queryAs(ComboBox.class).getSelectionModel().select("web"));
        robot.clickOn("#dashboard-apply");
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> tab.model().dataProperty().get() != whole
                && !tab.model().action().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab.model().dataProperty().get().filter().channel()).hasValue("web");
        String revenueWeb = tab.view().card(Kpi.REVENUE).valueText();
        assertThat(revenueWeb).as("the filter reached the cards").isNotEqualTo(revenueBefore);

        Path report = dataFolder.resolve("dashboard-report.html");
        Optional<Path> written = exportTo(report).export().get(3, TimeUnit.MINUTES);
        assertThat(written).contains(report.toAbsolutePath());
        assertThat(Files.readString(report)).as("the report holds the cards' figures as shown").contains(revenueWeb)
                .contains(tab.view().card(Kpi.ORDERS).valueText());
        assertThat(tab.pipeline().form().openDatasetProperty().get())
                .isEqualTo(dataFolder.resolve("pipeline-runs").resolve("generated-s" + SCALE + "-seed42").resolve("dataset"));
        assertThat(FxThreadIo.workbenchCalls()).as("file-system calls on the JavaFX thread").isEmpty();
    }

    /** "Export report…" as the tab wires it, with the file chooser's answer given. */
    private ReportExport exportTo(Path target) {
        return new ReportExport(() -> tab.model().dataProperty().get(), tab.model()::datasetFolder,
                new ChosenReportFile(target, message -> { throw new AssertionError(message); }), ExportExecutor.shared(),
                Platform::runLater, notice -> { });
    }
}

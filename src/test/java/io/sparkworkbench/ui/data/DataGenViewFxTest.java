package io.sparkworkbench.ui.data;

import io.sparkworkbench.testing.StopBounds;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.DatasetInsights;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.dataset.TableSummary;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.ui.common.FxTaskRunner;
import io.sparkworkbench.ui.common.ValueGrid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the Data tab as a user would: type, click Generate or Stop, read the grids. */
@ExtendWith(ApplicationExtension.class)
class DataGenViewFxTest {

    private final SparkEngine engine = SharedSparkEngine.get();
    private DataGenViewModel model;

    @Start
    void start(Stage stage) {
        FxTaskRunner runner = new FxTaskRunner();
        DatasetViewModel dataset = new DatasetViewModel(new DatasetCatalog(engine), new DatasetInsights(engine), runner);
        model = new DataGenViewModel(new DataGenService(engine), runner,
                new GenerationForm(GeneratedData.tempFolder("fx-default")), dataset);
        stage.setScene(new Scene(new DataGenView(model), 1280, 800));
        stage.show();
    }

    @Test
    void generatingThroughTheTabFillsSummaryAndPreview(FxRobot robot) throws Exception {
        Path out = GeneratedData.tempFolder("fx-gen");
        replaceText(robot, "#gen-scale", "0.01");
        replaceText(robot, "#gen-folder", out.toString());
        assertThat(robot.lookup("#gen-estimate-orders").queryAs(Label.class).getText()).isEqualTo("500");

        robot.clickOn("#gen-generate");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !model.runningProperty().get()
                && robot.lookup("#dataset-preview").queryAs(ValueGrid.class).getItems().size() > 0);

        TableView<TableSummary> summary = robot.lookup("#dataset-summary").queryTableView();
        assertThat(summary.getItems()).hasSize(7);
        assertThat(summary.getItems()).filteredOn(t -> t.table().equals("customers"))
                .extracting(TableSummary::rows).containsExactly(100L);
        assertThat(summary.getItems()).allMatch(t -> t.files() > 0 && t.bytes() > 0);
        ValueGrid preview = robot.lookup("#dataset-preview").queryAs(ValueGrid.class);
        assertThat(preview.getItems()).hasSizeBetween(1, 100);
        assertThat(preview.getColumns()).extracting(c -> c.getId()).isNotEmpty();
        assertThat(preview.getColumns()).allMatch(c -> c.getUserData() instanceof String type && !type.isBlank());
        assertThat(robot.lookup("#gen-status").queryAs(Label.class).getText()).startsWith("Generated 7 tables");
        assertThat(robot.lookup("#gen-progress-table").queryTableView().getItems()).hasSize(7);
    }

    @Test
    void stopEndsALargeRunWithinTwoSecondsAndTheWindowStaysResponsive(FxRobot robot) throws Exception {
        Path out = GeneratedData.tempFolder("fx-stop");
        replaceText(robot, "#gen-scale", "30");
        replaceText(robot, "#gen-folder", out.toString());
        robot.clickOn("#gen-generate");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> engine.jobs().snapshot().runningCount() > 0);
        Thread.sleep(1500);
        assertThat(model.runningProperty().get()).as("still generating when Stop is pressed").isTrue();
        assertThat(frameRoundTrip()).isLessThan(StopBounds.RESPONSIVE);

        long stoppedAt = System.nanoTime();
        robot.clickOn("#gen-stop");
        WaitForAsyncUtils.waitFor(StopBounds.STOPPED_SECONDS, TimeUnit.SECONDS, () -> !model.runningProperty().get());
        WaitForAsyncUtils.waitFor(StopBounds.STOPPED_SECONDS, TimeUnit.SECONDS, () -> engine.jobs().snapshot().runningCount() == 0);
        assertThat(Duration.ofNanos(System.nanoTime() - stoppedAt)).isLessThan(StopBounds.STOPPED);

        assertThat(frameRoundTrip()).isLessThan(StopBounds.RESPONSIVE);
        assertThat(robot.lookup("#gen-status").queryAs(Label.class).getText()).startsWith("Stopped");
        assertThat(robot.lookup("#gen-generate").queryAs(Button.class).isDisabled()).isFalse();
        try (Stream<Path> children = Files.list(out)) {
            List<String> visible = children.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
            assertThat(visible).as("no table that looks complete").isEmpty();
        }
    }

    @Test
    void badScaleIsRefusedInTheForm(FxRobot robot) {
        replaceText(robot, "#gen-scale", "-3");
        assertThat(robot.lookup("#gen-error").queryAs(Label.class).getText()).contains("between 0.01 and 1000");
        assertThat(robot.lookup("#gen-generate").queryAs(Button.class).isDisabled()).isTrue();
        replaceText(robot, "#gen-scale", "0.05");
        assertThat(robot.lookup("#gen-error").queryAs(Label.class).getText()).isEmpty();
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo(text);
    }

    /** How long the JavaFX thread takes to run a trivial task: the window's responsiveness. */
    private static Duration frameRoundTrip() throws Exception {
        long t0 = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> 1).get(5, TimeUnit.SECONDS);
        return Duration.ofNanos(System.nanoTime() - t0);
    }
}

package io.sparkworkbench.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.chart.ChartTable;
import io.sparkworkbench.engine.FileTrees;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.stream.query.LiveStreamConfig;
import io.sparkworkbench.engine.stream.query.LiveTrigger;
import io.sparkworkbench.engine.stream.session.LiveSession;
import io.sparkworkbench.engine.stream.session.LiveSnapshot;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Live tab on the real engine and a generated data set, as a user drives it: Start at a small rate with a
 * short trigger, the events chart moves within seconds, Pause freezes the charts while the queries keep running,
 * Stop ends every query and leaves no Spark streaming query active.
 */
@ExtendWith(ApplicationExtension.class)
class LiveTabFxTest {

    private static final SparkEngine ENGINE = SharedSparkEngine.get();
    private static Path dataset;
    private final String scope = "fx-" + Long.toString(System.nanoTime(), 36);
    private LiveSession session;
    private LiveTab tab;

    @BeforeAll
    static void data() {
        dataset = GeneratedData.openShared(0.01).folder();
    }

    @Start
    void start(Stage stage) {
        LiveStreamConfig config = LiveStreamConfig.defaults().withTrigger(LiveTrigger.every(Duration.ofMillis(500)))
                .withSessionGap(Duration.ofSeconds(5)).withScope(scope);
        session = new LiveSession(ENGINE, config, System::currentTimeMillis);
        session.datasetOpened(dataset);
        tab = new LiveTab(LiveBackend.of(session), session::close);
        stage.setScene(new Scene((javafx.scene.Parent) tab.content(), 1240, 780));
        stage.show();
    }

    @AfterEach
    void cleanUp() throws Exception {
        session.close();
        Path data = ENGINE.settings().dataFolder();
        try (var checkpoints = Files.list(data.resolve("checkpoints"))) {
            checkpoints.filter(p -> p.getFileName().toString().contains(scope)).forEach(FileTrees::deleteQuietly);
        }
        FileTrees.deleteQuietly(data.resolve("streams").resolve(scope + "-simulator"));
    }

    @Test
    void startSeeTheChartMovePauseFreezesItStopEndsEveryQuery(FxRobot robot) throws Exception {
        robot.interact(() -> {
            tab.model().rateProperty().set(500);
            tab.model().triggerMillisProperty().set(500);
        });
        robot.clickOn("#live-start");
        WorkbenchChart events = robot.lookup("#live-chart-events").queryAs(WorkbenchChart.class);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !events.getData().isEmpty());
        ChartTable first = events.getData();
        // The chart moves: a later batch adds events to the same or a new window.
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !events.getData().equals(first));
        assertThat(robot.lookup("#live-status").queryLabeled().getText()).contains("Running");

        robot.clickOn("#live-pause");
        WaitForAsyncUtils.waitForFxEvents();
        ChartTable frozen = events.getData();
        long batchAtPause = batch(tab.model().latestProperty().get());
        // The queries keep running: newer batches arrive in the session while the chart stays as it was.
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> batch(tab.model().latestProperty().get()) > batchAtPause + 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(events.getData()).isEqualTo(frozen);
        assertThat(tab.model().queryRunning("live_charts")).isTrue();
        robot.clickOn("#live-pause");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !events.getData().equals(frozen));

        // Online learning runs beside the charts: the segment mix fills, the centres drift, Reset puts them back.
        robot.clickOn("Segments");
        WorkbenchChart mix = robot.lookup("#live-chart-segments").queryAs(WorkbenchChart.class);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !mix.getData().isEmpty()
                && !robot.lookup("#live-segments-reset").queryButton().isDisabled());
        WorkbenchChart drift = robot.lookup("#live-chart-drift").queryAs(WorkbenchChart.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !drift.getData().isEmpty());
        assertThat(robot.lookup("#live-segments-summary").queryLabeled().getText()).contains("fitted on the spot").contains("known customers");
        int driftPoints = drift.getData().rows().size();
        robot.clickOn("#live-segments-reset");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> session.snapshot().segments().drift().stream()
                .anyMatch(d -> java.util.Arrays.stream(d.perCentre()).allMatch(x -> x == 0)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> drift.getData().rows().size() > driftPoints);
        assertThat(tab.model().errorProperty().get()).isEmpty();

        robot.clickOn("#live-stop");
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> tab.model().latestProperty().get().state() == LiveSnapshot.State.IDLE);
        assertThat(ENGINE.awaitSession().streams().active()).as("no Spark streaming query left active").isEmpty();
        assertThat(robot.lookup("#live-start").queryButton().isDisabled()).isFalse();
    }

    private static long batch(LiveSnapshot s) {
        return s == null || s.eventCounts() == null ? -1 : s.eventCounts().lastBatchId();
    }
}

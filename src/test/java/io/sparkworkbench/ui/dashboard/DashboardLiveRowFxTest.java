package io.sparkworkbench.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.dashboard.DashboardData;
import io.sparkworkbench.engine.dashboard.DashboardFilter;
import io.sparkworkbench.engine.dashboard.FilterChoices;
import io.sparkworkbench.engine.stream.query.EventCounts;
import io.sparkworkbench.engine.stream.query.Revenue;
import io.sparkworkbench.engine.stream.session.LiveSnapshot;
import io.sparkworkbench.engine.stream.session.LiveSourceStatus;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.ui.common.FxTaskRunner;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import io.sparkworkbench.ui.live.LiveOverview;
import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.jfree.chart.renderer.AbstractRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Dashboard's live row against a fake session: hidden while idle, both charts filled while a stream runs, hidden
 * again after it; sampling stops once the Dashboard is left, and the link opens the Live tab. No Spark: no data set is
 * open, so the dashboard itself computes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardLiveRowFxTest {

    private static final long W = 10_000;
    private static final long T0 = 1_700_000_000_000L;

    private final AtomicReference<LiveSnapshot> session = new AtomicReference<>(idle(1));
    private final AtomicInteger liveTabOpened = new AtomicInteger();
    private DashboardTab tab;
    private TabPane tabs;

    @Start
    void start(Stage stage) {
        PipelineViewModel pipeline = new PipelineViewModel(request -> {
            throw new AssertionError("this test runs no pipeline");
        }, new PipelineForm(GeneratedData.tempFolder("dashboard-live")));
        tab = new DashboardTab(new DashboardViewModel(new NoDashboard(), new FxTaskRunner()), pipeline, new NoDrilldown(),
                session::get, liveTabOpened::incrementAndGet);
        // As the main window does: the Dashboard's content is built when its tab is first selected, and the window
        // hears of a selection before the tab pane's skin has made that tab's content visible.
        Tab dashboard = new Tab("Dashboard");
        tabs = new TabPane(new Tab("Other", new Label("another tab")), dashboard);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (selected == dashboard) {
                if (dashboard.getContent() == null) {
                    dashboard.setContent(tab.content());
                }
                tab.shown();
            }
        });
        stage.setScene(new Scene(tabs, 1240, 780));
        stage.show();
    }

    private void showDashboard(FxRobot robot) {
        robot.interact(() -> tabs.getSelectionModel().select(1));
    }

    @Test
    void theRowShowsWhileAStreamRunsWithBothChartsFilledAndGoesAwayAfterIt(FxRobot robot) throws Exception {
        showDashboard(robot);
        LiveOverview row = tab.view().live();
        assertThat(row.isVisible()).as("idle: no row").isFalse();
        assertThat(row.isManaged()).as("idle: the grid keeps its height").isFalse();

        session.set(running(2, 3));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, row::isVisible);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(row.isManaged()).isTrue();
        WorkbenchChart events = robot.lookup("#dashboard-live-events").queryAs(WorkbenchChart.class);
        WorkbenchChart revenue = robot.lookup("#dashboard-live-revenue").queryAs(WorkbenchChart.class);
        // Four windows: one row per window end (the closed and still-filling lines meet at the third).
        assertThat(events.getData().rows()).hasSize(4);
        assertThat(events.emptyProperty().get()).isFalse();
        assertThat(revenue.getData().rows()).hasSize(3);
        assertThat(robot.lookup("#dashboard-live-caption").queryAs(Label.class).getText())
                .startsWith("Live: simulator at 1,000 events/s · 12,345 events so far")
                .contains("filters do not apply");

        // The windows still counting are dashed in the closed windows' colour, in either theme (a theme recolours every series).
        robot.interact(() -> tab.setDarkTheme(true));
        for (WorkbenchChart chart : List.of(events, revenue)) {
            AbstractRenderer lines = (AbstractRenderer) chart.getChart().getXYPlot().getRenderer();
            assertThat(((BasicStroke) lines.lookupSeriesStroke(1)).getDashArray()).as(chart.getId()).isNotNull();
            assertThat(((BasicStroke) lines.lookupSeriesStroke(0)).getDashArray()).isNull();
            Color closed = (Color) lines.lookupSeriesPaint(0);
            Color filling = (Color) lines.lookupSeriesPaint(1);
            assertThat(filling.getRGB() & 0xFFFFFF).isEqualTo(closed.getRGB() & 0xFFFFFF);
            assertThat(filling.getAlpha()).isLessThan(closed.getAlpha());
        }

        session.set(idle(3));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !row.isVisible());
        assertThat(row.isManaged()).isFalse();
    }

    @Test
    void samplingStopsOnceTheDashboardIsLeftAndResumesWhenItIsShownAgain(FxRobot robot) {
        showDashboard(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab.liveFeed().isSampling()).as("sampling on the first frames after the tab came to the front").isTrue();
        robot.interact(() -> tabs.getSelectionModel().select(0));
        session.set(running(2, 3));
        robot.interact(() -> tab.liveFeed().sample());
        assertThat(tab.liveFeed().isSampling()).as("the Dashboard is hidden").isFalse();
        assertThat(tab.view().live().isVisible()).as("not redrawn while hidden").isFalse();

        showDashboard(robot);
        assertThat(tab.liveFeed().isSampling()).isTrue();
        assertThat(tab.view().live().isVisible()).as("shown at once, not at the next sample").isTrue();
        robot.clickOn("#dashboard-live-open");
        assertThat(liveTabOpened.get()).isEqualTo(1);
    }

    private static LiveSnapshot idle(long version) {
        return snapshot(version, LiveSnapshot.State.IDLE, null, null);
    }

    private static LiveSnapshot running(long version, long batch) {
        EventCounts counts = new EventCounts(List.of("page_view", "purchase"), new long[] {T0, T0 + W, T0 + 2 * W, T0 + 3 * W},
                new long[][] {{9_000, 9_500, 9_800, 300}, {1_000, 500, 200, 10}}, W, batch);
        long[] ends = {T0 + 60_000, T0 + 70_000, T0 + 80_000};
        Revenue revenue = new Revenue(new long[] {T0, T0 + W, T0 + 2 * W}, ends, new double[] {5_000, 5_200, 900}, new long[] {50, 52, 9},
                batch);
        return snapshot(version, LiveSnapshot.State.RUNNING, counts, revenue);
    }

    private static LiveSnapshot snapshot(long version, LiveSnapshot.State state, EventCounts counts, Revenue revenue) {
        LiveSourceStatus source = state == LiveSnapshot.State.RUNNING
                ? new LiveSourceStatus("simulator at 1,000 events/s", 12_345, 1_000, false, false, 0, false, Optional.empty())
                : new LiveSourceStatus("", -1, 0, false, false, -1, false, Optional.empty());
        return new LiveSnapshot(version, state, "", source, counts, revenue, null, null, null, null, List.of(), Map.of(), Map.of(), null);
    }

    /** No data set is opened, so the dashboard never asks. */
    private static final class NoDashboard implements DashboardBackend {
        @Override
        public EngineTask<FilterChoices> choices() {
            throw new AssertionError("no data set is open");
        }

        @Override
        public EngineTask<DashboardData> compute(DashboardFilter filter, Path datasetFolder) {
            throw new AssertionError("no data set is open");
        }
    }
}

package io.sparkworkbench.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.dashboard.DashboardData;
import io.sparkworkbench.engine.dashboard.DashboardService;
import io.sparkworkbench.engine.dashboard.Kpi;
import io.sparkworkbench.testing.ChartBars;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.ui.common.FxTaskRunner;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the Dashboard tab as a user would on scale 0.1 data: see it filled, filter it, click through. */
@ExtendWith(ApplicationExtension.class)
class DashboardTabFxTest {

    private static final SparkEngine ENGINE = SharedSparkEngine.get();
    private static Path folder;
    private final List<String> drilled = new CopyOnWriteArrayList<>();
    private DashboardTab tab;

    @BeforeAll
    static void data() {
        GeneratedData.openShared(0.1);
        folder = GeneratedData.parquet(0.1).folder();
        // customer_segments as the Segments tab's contract describes it, so the segment chart has bars to click.
        sql("CREATE OR REPLACE TEMP VIEW customer_segments AS SELECT customer_id, CAST(customer_id % 3 AS INT) AS segment,"
                + " concat('Group ', CAST(customer_id % 3 AS STRING)) AS name FROM customers");
    }

    @AfterAll
    static void dropSegments() {
        sql("DROP VIEW IF EXISTS customer_segments");
    }

    @Start
    void start(Stage stage) {
        Drilldown recorder = new Drilldown() {
            @Override
            public void segment(int segment, String name) {
                drilled.add("segment " + segment + " " + name);
            }

            @Override
            public void product(long productId) {
                drilled.add("product " + productId);
            }

            @Override
            public void community(long community) {
                drilled.add("community " + community);
            }
        };
        PipelineViewModel pipeline = new PipelineViewModel(request -> {
            throw new AssertionError("this test runs no pipeline");
        }, new PipelineForm(GeneratedData.tempFolder("dashboard-data")));
        tab = new DashboardTab(new DashboardViewModel(DashboardBackend.of(new DashboardService(ENGINE)), new FxTaskRunner()), pipeline,
                recorder);
        stage.setScene(new Scene((javafx.scene.Parent) tab.content(), 1280, 820));
        stage.show();
        tab.datasetOpened(folder);
    }

    @Test
    void fillsEveryCardAndChartThenFiltersAndDrillsDown(FxRobot robot) throws Exception {
        assertThat(tab.model().dataProperty().get()).as("nothing computed before the tab is shown").isNull();
        robot.interact(tab::shown);
        DashboardData first = awaitData(null);
        for (Kpi kpi : Kpi.values()) {
            assertThat(tab.view().card(kpi).valueText()).as(kpi.label()).isNotEqualTo("—").isNotBlank();
            assertThat(tab.view().card(kpi).sparkline().pointCount()).as(kpi.label() + " sparkline").isGreaterThan(2);
        }
        for (String chart : List.of("revenue", "funnel", "segments", "products", "categories")) {
            WorkbenchChart shown = tab.view().chartOf("dashboard-chart-" + chart);
            assertThat(shown.getChart()).as(chart).isNotNull();
            assertThat(shown.getData().isEmpty()).as(chart + " data").isFalse();
        }

        String revenueBefore = tab.view().card(Kpi.REVENUE).valueText();
        robot.interact(() -> robot.lookup("#dashboard-channel").queryAs(ComboBox.class).getSelectionModel().select("web"));
        robot.clickOn("#dashboard-apply");
        DashboardData filtered = awaitData(first);
        assertThat(filtered.filter().channel()).hasValue("web");
        assertThat(tab.view().card(Kpi.REVENUE).valueText()).isNotEqualTo(revenueBefore);

        robot.clickOn(barCentre(robot, "dashboard-chart-segments", filtered.segments().rows().get(0).name()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !drilled.isEmpty());
        assertThat(drilled.get(0)).isEqualTo("segment " + filtered.segments().rows().get(0).segment() + " "
                + filtered.segments().rows().get(0).name());
        robot.clickOn(barCentre(robot, "dashboard-chart-products", filtered.topProducts().get(0).name()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> drilled.size() == 2);
        assertThat(drilled.get(1)).isEqualTo("product " + filtered.topProducts().get(0).id());
    }

    private DashboardData awaitData(DashboardData previous) throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> tab.model().dataProperty().get() != null
                && tab.model().dataProperty().get() != previous && !tab.model().action().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return tab.model().dataProperty().get();
    }

    private Point2D barCentre(FxRobot robot, String chartId, String category) {
        return ChartBars.centre(robot, tab.view().chartOf(chartId), category)
                .orElseThrow(() -> new AssertionError("no bar " + category + " in " + chartId));
    }

    private static void sql(String query) {
        ENGINE.submit("test sql", c -> c.spark().sql(query).collectAsList()).future().join();
    }
}

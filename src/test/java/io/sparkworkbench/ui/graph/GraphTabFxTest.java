package io.sparkworkbench.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.graph.GraphService;
import io.sparkworkbench.engine.graph.GraphViews;
import io.sparkworkbench.engine.graph.NodeAttributes;
import io.sparkworkbench.engine.sql.CatalogService;
import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.ui.catalog.CatalogModel;
import io.sparkworkbench.ui.common.FxTaskRunner;
import io.sparkworkbench.ui.common.graph.ForceLayout;
import io.sparkworkbench.ui.common.graph.GraphData;
import io.sparkworkbench.ui.common.graph.GraphView;
import io.sparkworkbench.ui.common.graph.LayoutRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tab on the real engine and a generated data set, as a user drives it: open the social graph, stop its layout,
 * run PageRank and see the nodes sized by rank, click a node and see its neighbours lit and its metrics, stop a long
 * PageRank and carry on.
 */
@ExtendWith(ApplicationExtension.class)
class GraphTabFxTest {

    private static final SparkEngine ENGINE = SharedSparkEngine.get();
    private static Path folder;
    private GraphTab tab;
    private Path dataFolder;

    @BeforeAll
    static void data() {
        folder = GeneratedData.parquet(0.2).folder();
        ENGINE.submit("open", c -> DatasetCatalog.register(c, folder)).future().join();
    }

    @Start
    void start(Stage stage) {
        dataFolder = GeneratedData.tempFolder("graph-tab");
        FxTaskRunner runner = new FxTaskRunner();
        tab = new GraphTab(GraphBackend.of(new GraphService(ENGINE), new QueryService(ENGINE), ENGINE), runner,
                new CatalogModel(new CatalogService(ENGINE), runner), dataFolder);
        stage.setScene(new Scene((javafx.scene.Parent) tab.content(), 1240, 780));
        stage.show();
        // A layout that never settles by itself, so the test's Stop surely meets it running.
        tab.view().canvas().graphView().setLayoutSettings(new ForceLayout.Settings(1, 3_000, 1e-12, 1.2, 0.5));
        tab.datasetOpened(folder);
        tab.shown();
    }

    @Test
    void openTheSocialGraphRankItSelectANodeAndStopWhatRuns(FxRobot robot) throws Exception {
        GraphViewModel model = tab.model();
        GraphView view = tab.view().canvas().graphView();
        robot.clickOn("#graph-open");
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> model.drawing().drawingProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.summaryTextProperty().get()).contains("social network").contains("directed");
        long nodes = model.summaryProperty().get().nodes();
        assertThat(view.getGraph().nodeCount()).isEqualTo((int) Math.min(nodes, DrawingViewModel.NODE_BUDGET));

        // Stop a running layout: it ends, says so, and its positions are saved for the next opening.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.layoutStateProperty().get() == LayoutRunner.State.RUNNING);
        robot.clickOn("#graph-layout-stop");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.layoutStateProperty().get() == LayoutRunner.State.STOPPED);
        assertThat(view.layoutStatusProperty().get()).startsWith("Layout stopped after");
        Path layout = model.drawing().layoutFile("social");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.isRegularFile(layout));
        assertThat(layout.startsWith(dataFolder.resolve("layouts"))).isTrue();

        // PageRank: the drawn sizes are the ranks, and they differ.
        Drawing before = model.drawing().drawingProperty().get();
        robot.clickOn("#graph-run-pagerank");
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> model.algorithms().resultProperty().get() != null
                && model.drawing().drawingProperty().get() != before && !model.drawing().action().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.algorithms().resultProperty().get().view()).isEqualTo(GraphViews.PAGERANK);
        assertThat(robot.lookup("#graph-result-table").queryTableView().getItems()).isNotEmpty();
        assertThat(robot.lookup("#graph-result-headline").queryLabeled().getText()).contains("SQL view graph_pagerank");
        GraphData shown = view.getGraph();
        NodeAttributes ranks = model.drawing().drawingProperty().get().nodes();
        assertThat(shown.maxSize()).isGreaterThan(shown.minSize());
        for (int k = 0; k < ranks.size(); k++) {
            assertThat(shown.size(shown.indexOf(ranks.ids()[k]))).isEqualTo((float) ranks.rank()[k]);
        }
        // Kept in place: PageRank restyled the same nodes rather than laying them out again.
        assertThat(view.layoutStateProperty().get()).isNull();

        // Click the highest-ranked node: it is selected, its neighbours lit, its metrics and neighbours listed.
        int top = shown.largest(1)[0];
        robot.interact(() -> {
            view.fitToView();
            view.drawNow();
        });
        Point2D at = view.localToScreen(view.nodeOnScreen(top));
        robot.clickOn(at);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.getSelectedNode() >= 0);
        int selected = view.getSelectedNode();
        int[] around = shown.neighboursOf(selected);
        assertThat(around).isNotEmpty();
        for (int n : around) {
            assertThat(view.isHighlighted(n)).isTrue();
        }
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.node().neighbours().isEmpty());
        assertThat(model.node().metrics()).anyMatch(m -> m.name().equals("PageRank") && m.value().matches("0\\.\\d+"));
        assertThat(model.node().metrics()).anyMatch(m -> m.name().equals("Id") && m.value().equals(Long.toString(shown.id(selected))));
        assertThat(robot.lookup("#graph-node-neighbours").queryListView().getItems()).isNotEmpty();

        // Stop a long PageRank: the tab says so and runs the next algorithm.
        robot.interact(() -> model.algorithms().iterationsProperty().set(200));
        robot.clickOn("#graph-run-pagerank");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.actions().runningProperty().get());
        robot.clickOn("#graph-stop");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !model.actions().runningProperty().get());
        assertThat(robot.lookup("#graph-status").queryLabeled().getText()).startsWith("Stopped");
        robot.clickOn("#graph-run-components");
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> model.algorithms().resultProperty().get() != null
                && GraphViews.COMPONENTS.equals(model.algorithms().resultProperty().get().view()));
        assertThat(model.actions().statusProperty().get()).startsWith("Components:");
    }
}

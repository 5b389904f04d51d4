package io.sparkworkbench.ui.common.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sparkworkbench.testing.fxio.FxThreadIo;
import io.sparkworkbench.ui.common.chart.ExportDialogs;
import io.sparkworkbench.ui.common.chart.ExportFormat;
import io.sparkworkbench.ui.common.chart.ImageSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The graph view driven with the mouse: two cliques of six (ids 100..105 and 106..111, joined by the edge
 * 105-106) placed by hand on two circles, clique A on the left and B on the right.
 */
@ExtendWith(ApplicationExtension.class)
class GraphViewFxTest {

    private static final int K = 6;

    @TempDir
    Path dir;

    private GraphView view;
    private final GraphData graph = TestGraphs.twoCliques(K);

    @Start
    void start(Stage stage) {
        view = new GraphView();
        view.setTooltipText(i -> "customer " + view.getGraph().id(i));
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    @BeforeEach
    void showTwoCliques() {
        long[] ids = new long[2 * K];
        float[] x = new float[2 * K];
        float[] y = new float[2 * K];
        for (int i = 0; i < 2 * K; i++) {
            double angle = 2 * Math.PI * (i % K) / K;
            ids[i] = graph.id(i);
            x[i] = (float) ((i < K ? -6 : 6) + 2 * Math.cos(angle));
            y[i] = (float) (2 * Math.sin(angle));
        }
        onFx(() -> {
            view.setGraph(graph, new LayoutPositions(ids, x, y));
            view.drawNow();
            return null;
        });
    }

    @Test
    void clickingANodeSelectsItAndHighlightsItsNeighboursOnly(FxRobot robot) {
        robot.clickOn(screenOf(K - 1), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.getSelectedNode()).isEqualTo(K - 1);
        for (int i = 0; i < 2 * K; i++) {
            // Node 5's neighbours: the rest of clique A and node 6 across the bridge.
            boolean expected = i < K || i == K;
            int node = i;
            assertThat(onFx(() -> view.isHighlighted(node))).as("node " + i).isEqualTo(expected);
        }

        robot.clickOn(view.localToScreen(new Point2D(450, 80)), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.getSelectedNode()).isEqualTo(-1);
        assertThat(onFx(() -> view.isHighlighted(0))).isFalse();
    }

    @Test
    void draggingANodeMovesItWhereTheMouseLeftIt(FxRobot robot) {
        Point2D before = onFx(() -> view.nodePosition(2));
        Point2D from = screenOf(2);
        Point2D to = from.add(120, 60);

        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        WaitForAsyncUtils.waitForFxEvents();

        Point2D after = onFx(() -> view.nodePosition(2));
        Point2D expected = onFx(() -> {
            Point2D local = view.screenToLocal(to);
            return new Point2D(view.getView().dataX(local.getX()), view.getView().dataY(local.getY()));
        });
        assertThat(after.distance(before)).isGreaterThan(1);
        assertThat(after.getX()).isCloseTo(expected.getX(), within(0.05));
        assertThat(after.getY()).isCloseTo(expected.getY(), within(0.05));
        assertThat(view.getSelectedNode()).as("a drag is not a click").isEqualTo(-1);
    }

    @Test
    void draggingTheBackgroundPansAndHoveringANodeShowsItsTooltip(FxRobot robot) {
        Point2D nodeBefore = screenOf(8);
        robot.drag(view.localToScreen(new Point2D(450, 60)), MouseButton.PRIMARY).dropTo(view.localToScreen(new Point2D(400, 100)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screenOf(8).subtract(nodeBefore).distance(-50, 40)).isLessThan(1.5);

        robot.moveTo(screenOf(8));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.getTooltipShown()).isEqualTo("customer 108");
        assertThat(robot.lookup("#graph-tooltip").query().isVisible()).isTrue();
    }

    @Test
    void searchByIdOrLabelCentresAndSelects() {
        int byLabel = onFx(() -> view.search("B2"));
        assertThat(byLabel).isEqualTo(K + 2);
        Point2D centred = onFx(() -> view.nodeOnScreen(K + 2));
        assertThat(centred.getX()).isCloseTo(450, within(1.0));
        assertThat(centred.getY()).isCloseTo(300, within(1.0));

        assertThat(onFx(() -> view.search(" 101 "))).isEqualTo(1);
        assertThat(view.getSelectedNode()).isEqualTo(1);
        assertThat(onFx(() -> view.search("nobody"))).isEqualTo(-1);
        assertThat(view.getSelectedNode()).as("a failed search keeps the selection").isEqualTo(1);
    }

    @Test
    void stoppingARunningLayoutEndsItsThreadAndKeepsItsPositions() throws Exception {
        ForceLayout.Settings endless = new ForceLayout.Settings(1, Integer.MAX_VALUE, 1e-12, 1.2, 0.5);
        LayoutRunner runner = onFx(() -> {
            view.setGraph(TestGraphs.ring(2_000, 3));
            view.setLayoutSettings(endless);
            view.startLayout();
            return view.layoutRunner();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> runner.latest().step() >= 5);
        assertThat(runner.isThreadAlive()).isTrue();

        onFx(() -> {
            view.stopLayout();
            return null;
        });

        assertThat(runner.awaitEnd(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runner.isThreadAlive()).isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> view.layoutStateProperty().get()) == LayoutRunner.State.STOPPED);
        assertThat(onFx(() -> view.layoutStatusProperty().get())).startsWith("Layout stopped after ");
        LayoutRunner.Snapshot last = runner.latest();
        assertThat(onFx(() -> view.nodePosition(0)).getX()).isEqualTo(last.x()[0]);
    }

    @Test
    void labelsStayWithinTheBudgetOnA20kGraph() {
        int[] counts = onFx(() -> {
            view.setGraph(TestGraphs.ring(20_000, 5));
            view.select(123);
            view.drawNow();
            return new int[]{view.labelsDrawn(), view.edgesDrawn()};
        });

        assertThat(counts[0]).isGreaterThan(0).isLessThanOrEqualTo(GraphLabels.BUDGET + 2);
        assertThat(counts[1]).isPositive();
    }

    @Test
    void exportsTheShownGraphAsSvgOffTheFxThread() throws Exception {
        Path file = dir.resolve("two-cliques.svg");
        view.setExportDialogs(new ExportDialogs() {
            @Override
            public Optional<Path> chooseFile(ExportFormat format, String suggestedFileName) {
                return Optional.of(file);
            }

            @Override
            public Optional<ImageSize> choosePngSize(ImageSize current) {
                return Optional.of(current);
            }

            @Override
            public void showError(String title, String message) {
                throw new AssertionError(message);
            }
        });
        FxThreadIo.clear();

        Optional<Path> written = onFx(view::exportSvg).get(20, TimeUnit.SECONDS);

        assertThat(written).contains(file);
        String svg = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains(">a0<").contains(">b5<").contains("Clique A");
        assertThat(FxThreadIo.workbenchCalls()).as("file calls on the FX thread").isEmpty();
    }

    private Point2D screenOf(int node) {
        return onFx(() -> view.localToScreen(view.nodeOnScreen(node)));
    }

    private static <T> T onFx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void panningOncePerPulseDrawsAFrameInEveryPulse() throws Exception {
        assertThat(io.sparkworkbench.testing.PanPulses.framesWhilePanning(60, () -> view.panBy(2, 1), view::setOnFrameDrawn))
                .as("frames drawn in 60 pulses of panning").isGreaterThanOrEqualTo(50);
    }
}

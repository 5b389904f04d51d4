package io.sparkworkbench.ui.common.scatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sparkworkbench.testing.fxio.FxThreadIo;
import io.sparkworkbench.ui.common.chart.ExportDialogs;
import io.sparkworkbench.ui.common.chart.ExportFormat;
import io.sparkworkbench.ui.common.chart.ImageSize;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The plot driven with the mouse: a 10 x 10 lattice of points at (0..9, 0..9), point i at (i % 10, i / 10). */
@ExtendWith(ApplicationExtension.class)
class ScatterPlotFxTest {

    private static final int SIDE = 10;

    @TempDir
    Path dir;

    private ScatterPlot plot;
    private ScatterThumbnail thumbnail;
    private final AtomicInteger thumbnailClicks = new AtomicInteger();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        plot = new ScatterPlot();
        plot.setExportDialogs(dialogs);
        plot.setTooltipText(i -> "customer " + plot.getData().id(i) + " in " + plot.getData().groupName(plot.getData().group(i)));
        thumbnail = new ScatterThumbnail();
        thumbnail.setOnMouseClicked(e -> thumbnailClicks.incrementAndGet());
        plot.setPrefSize(900, 560);
        stage.setScene(new Scene(new VBox(plot, new HBox(thumbnail)), 900, 760));
        stage.show();
    }

    @BeforeEach
    void showLattice() {
        onFx(() -> {
            plot.setData(lattice());
            plot.modeProperty().set(SelectionMode.PAN);
            thumbnail.setData(lattice());
            thumbnail.setTitle("x vs y", "0.93");
            plot.drawNow();
            return null;
        });
    }

    @Test
    void drawsThePointsOfEveryGroupTheCentroidsAndTheLegend() {
        Image shot = onFx(() -> {
            plot.drawNow();
            return plot.plotArea().snapshot(null, null);
        });
        ScatterLayout layout = onFx(() -> plot.plotArea() instanceof ScatterCanvas c ? c.layoutNow() : null);

        for (int g = 0; g < 3; g++) {
            assertThat(countPixels(shot, ScatterStyle.LIGHT.groupColor(g))).as("group " + g).isGreaterThan(20);
        }
        assertThat(layout.legend()).extracting(ScatterLayout.LegendEntry::text)
                .containsExactly("a  40 (40.0%)", "b  40 (40.0%)", "c  20 (20.0%)");
    }

    @Test
    void rectangleDragInRectangleModeSelectsThePointsInside(FxRobot robot) {
        onFx(() -> {
            plot.modeProperty().set(SelectionMode.RECTANGLE);
            return null;
        });
        assertThat(robot.lookup("#scatter-mode-rectangle").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();

        robot.drag(screen(1.5, 2.5), MouseButton.PRIMARY).dropTo(screen(4.5, 5.5));
        WaitForAsyncUtils.waitForFxEvents();

        int[] expected = lattice(x -> x >= 2 && x <= 4, y -> y >= 3 && y <= 5);
        assertThat(plot.getSelection().indices()).containsExactly(expected);
        assertThat(plot.getSelection().ids()).containsExactly(IntStream.of(expected).asLongStream().map(i -> 1000 + i).toArray());
        assertThat(robot.lookup("#scatter-status").queryLabeled().getText()).isEqualTo("9 selected");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(plot.getSelection().isEmpty()).isTrue();
    }

    @Test
    void shiftDragSelectsARectangleEvenInPanMode(FxRobot robot) {
        ViewTransform before = onFx(plot::getView);

        robot.press(KeyCode.SHIFT);
        try {
            robot.drag(screen(6.5, 6.5), MouseButton.PRIMARY).dropTo(screen(9.5, 9.5));
        } finally {
            robot.release(KeyCode.SHIFT);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(plot.getSelection().indices()).containsExactly(lattice(x -> x >= 7, y -> y >= 7));
        assertThat(onFx(plot::getView)).isEqualTo(before);
    }

    @Test
    void lassoATriangleSelectsThePointsInsideIt(FxRobot robot) {
        onFx(() -> {
            plot.modeProperty().set(SelectionMode.LASSO);
            return null;
        });

        // Hypotenuse x + y = 9.2: lattice points with x + y <= 9 are inside, none lies on an edge.
        robot.drag(screen(0.5, 0.5), MouseButton.PRIMARY).moveTo(screen(8.7, 0.5)).moveTo(screen(0.5, 8.7))
                .moveTo(screen(0.5, 0.6)).drop();
        WaitForAsyncUtils.waitForFxEvents();

        int[] expected = IntStream.range(0, SIDE * SIDE)
                .filter(i -> i % SIDE >= 1 && i / SIDE >= 1 && i % SIDE + i / SIDE <= 9).toArray();
        assertThat(expected).hasSize(36);
        assertThat(plot.getSelection().indices()).containsExactly(expected);
    }

    @Test
    void altDragDrawsALassoInPanMode(FxRobot robot) {
        robot.press(KeyCode.ALT);
        try {
            robot.drag(screen(6.5, 6.5), MouseButton.PRIMARY).moveTo(screen(9.5, 6.5)).moveTo(screen(9.5, 9.5))
                    .moveTo(screen(6.5, 9.5)).moveTo(screen(6.5, 6.6)).drop();
        } finally {
            robot.release(KeyCode.ALT);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(plot.getSelection().indices()).containsExactly(lattice(x -> x >= 7, y -> y >= 7));
    }

    @Test
    void hoverShowsTheOwnersTextForTheNearestPoint(FxRobot robot) {
        robot.moveTo(screen(3, 4).add(3, -2));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(plot.getTooltipShown()).isEqualTo("customer 1043 in a");
        assertThat(robot.lookup("#scatter-tooltip").queryLabeled().isVisible()).isTrue();

        robot.moveTo(screen(3.5, 4.5));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(plot.getTooltipShown()).isEmpty();
    }

    @Test
    void clickingALegendEntryHidesAndShowsItsGroup(FxRobot robot) {
        ScatterLayout.LegendEntry b = onFx(() -> ((ScatterCanvas) plot.plotArea()).layoutNow().legend().get(1));
        Point2D entry = plot.plotArea().localToScreen(b.x() + b.w() / 2, b.y() + b.h() / 2);

        robot.clickOn(entry);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(plot.isGroupVisible(1)).isFalse();
        onFx(() -> {
            plot.selectInRectangle(-1, -1, 10, 10);
            plot.drawNow();
            return null;
        });
        assertThat(plot.getSelection().indices()).containsExactly(lattice(x -> x < 4 || x >= 8, y -> true));
        ViewTransform view = onFx(plot::getView);
        Image shot = onFx(() -> plot.plotArea().snapshot(null, null));
        assertThat(countPixels(shot, ScatterStyle.LIGHT.groupColor(1), view)).isZero();

        robot.clickOn(entry);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(plot.isGroupVisible(1)).isTrue();
    }

    @Test
    void wheelZoomsAboutTheCursorAndDoubleClickResets(FxRobot robot) {
        ViewTransform home = onFx(plot::getView);
        Point2D cursor = screen(2, 3);
        Point2D local = plot.plotArea().screenToLocal(cursor);
        robot.moveTo(cursor);

        robot.scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();

        ViewTransform zoomed = onFx(plot::getView);
        assertThat(zoomed.maxX() - zoomed.minX()).isNotCloseTo(home.maxX() - home.minX(), within(0.01));
        assertThat(zoomed.dataX(local.getX())).isCloseTo(2, within(0.05));
        assertThat(zoomed.dataY(local.getY())).isCloseTo(3, within(0.05));

        robot.doubleClickOn(cursor);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(plot::getView)).isEqualTo(home);
    }

    @Test
    void theViewFitsNewDataAtOnceNotAtTheNextFrame() {
        // A drag or a hover right after new data lands, before the next pulse draws, must map the mouse with the
        // new data's view: CI dragged with the previous data's view and selected nothing.
        ViewTransform[] views = onFx(() -> {
            plot.drawNow();
            plot.setData(shifted(lattice(), 100));
            ViewTransform afterData = plot.getView();
            plot.drawNow();
            ViewTransform drawn = plot.getView();
            return new ViewTransform[]{afterData, drawn};
        });
        assertThat(views[0].minX()).isLessThanOrEqualTo(100).isGreaterThan(90);
        assertThat(views[0].maxX()).isGreaterThanOrEqualTo(109).isLessThan(120);
        assertThat(views[0]).isEqualTo(views[1]);

        ViewTransform[] reset = onFx(() -> {
            plot.drawNow();
            ViewTransform home = plot.getView();
            ((ScatterCanvas) plot.plotArea()).panBy(-300, 0);
            plot.drawNow();
            plot.resetView();
            return new ViewTransform[]{home, plot.getView()};
        });
        assertThat(reset[1]).isEqualTo(reset[0]);
    }

    private static ScatterData shifted(ScatterData data, float dx) {
        float[] x = new float[data.size()];
        float[] y = new float[data.size()];
        int[] group = new int[data.size()];
        long[] ids = new long[data.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = data.x(i) + dx;
            y[i] = data.y(i);
            group[i] = data.group(i);
            ids[i] = data.id(i);
        }
        return ScatterData.builder(x, y, group, ids).groupsCountingPoints("a", "b", "c").build();
    }

    @Test
    void dragInPanModeMovesTheView(FxRobot robot) {
        ViewTransform home = onFx(plot::getView);

        robot.drag(screen(5, 5), MouseButton.PRIMARY).dropTo(screen(5, 5).add(-120, 0));
        WaitForAsyncUtils.waitForFxEvents();

        ViewTransform panned = onFx(plot::getView);
        assertThat(panned.minX() - home.minX()).isCloseTo(120 / home.pxPerX(), within(2 / home.pxPerX()));
        assertThat(plot.getSelection().isEmpty()).isTrue();
    }

    @Test
    void exportsPngSvgAndPdfOfTheShownPlotOffTheFxThread() throws Exception {
        FxThreadIo.clear();
        dialogs.pngSize = new ImageSize(1000, 700);
        onFx(() -> {
            plot.selectInRectangle(0, 0, 3, 3);
            return null;
        });

        dialogs.answer = dir.resolve("plot.png");
        assertThat(await(onFx(plot::exportPng))).contains(dir.resolve("plot.png"));
        dialogs.answer = dir.resolve("plot.svg");
        assertThat(await(onFx(plot::exportSvg))).contains(dir.resolve("plot.svg"));
        dialogs.answer = dir.resolve("plot.pdf");
        assertThat(await(onFx(plot::exportPdf))).contains(dir.resolve("plot.pdf"));

        BufferedImage png = ImageIO.read(dir.resolve("plot.png").toFile());
        assertThat(png.getWidth()).isEqualTo(1000);
        assertThat(png.getHeight()).isEqualTo(700);
        assertThat(countPixels(png, ScatterStyle.LIGHT.groupColor(0))).isGreaterThan(20);
        assertThat(countPixels(png, ScatterStyle.LIGHT.dimmedGroupColor(2))).isGreaterThan(20);
        String svg = Files.readString(dir.resolve("plot.svg"), StandardCharsets.UTF_8);
        assertThat(svg).contains("<svg").contains("a  40 (40.0%)").contains(">x</text>");
        byte[] pdf = Files.readAllBytes(dir.resolve("plot.pdf"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(dialogs.suggestedNames).containsOnly("y-vs-x");
        assertThat(plot.statusProperty().get()).isEqualTo("Saved plot.pdf");
        if (FxThreadIo.installed()) {
            assertThat(FxThreadIo.workbenchCalls()).isEmpty();
        }
    }

    @Test
    void thumbnailDrawsThePointsAndTellsItsOwnerOfClicks(FxRobot robot) {
        Image shot = onFx(() -> {
            thumbnail.drawNow();
            return thumbnail.snapshot(null, null);
        });
        assertThat(countPixels(shot, ScatterStyle.LIGHT.groupColor(0))).isGreaterThan(10);

        robot.clickOn(thumbnail);

        assertThat(thumbnailClicks.get()).isEqualTo(1);
    }

    @Test
    void darkThemePaintsADarkBackground() {
        Image shot = onFx(() -> {
            plot.setDarkTheme(true);
            plot.drawNow();
            return plot.plotArea().snapshot(null, null);
        });

        assertThat(shot.getPixelReader().getArgb(2, 2)).isEqualTo(ScatterStyle.DARK.background);
        assertThat(countPixels(shot, ScatterStyle.DARK.groupColor(2))).isGreaterThan(20);
    }

    private Point2D screen(double x, double y) {
        ViewTransform view = onFx(plot::getView);
        return plot.plotArea().localToScreen(view.screenX(x), view.screenY(y));
    }

    static ScatterData lattice() {
        float[] x = new float[SIDE * SIDE];
        float[] y = new float[SIDE * SIDE];
        int[] group = new int[SIDE * SIDE];
        long[] ids = new long[SIDE * SIDE];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % SIDE;
            y[i] = i / SIDE;
            group[i] = (i % SIDE) / 4;
            ids[i] = 1000 + i;
        }
        return ScatterData.builder(x, y, group, ids).groupsCountingPoints("a", "b", "c")
                .centroids(new float[]{1.5f, 5.5f, 8.5f}, new float[]{4.5f, 4.5f, 4.5f}).axisLabels("x", "y").build();
    }

    private static int[] lattice(java.util.function.IntPredicate xs, java.util.function.IntPredicate ys) {
        return IntStream.range(0, SIDE * SIDE).filter(i -> xs.test(i % SIDE) && ys.test(i / SIDE)).toArray();
    }

    private static long countPixels(Image image, int argb) {
        return countPixels(image, argb, null);
    }

    /** Pixels of exactly this colour, inside the view's plot area if one is given. */
    private static long countPixels(Image image, int argb, ViewTransform within) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((within == null || within.containsScreen(x, y)) && image.getPixelReader().getArgb(x, y) == argb) {
                    count++;
                }
            }
        }
        return count;
    }

    private static long countPixels(BufferedImage image, int argb) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == argb) {
                    count++;
                }
            }
        }
        return count;
    }

    private static <T> T onFx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) throws Exception {
        return future.get(20, TimeUnit.SECONDS);
    }

    /** Answers the export questions the way a user would, and records what was asked. */
    private static final class ScriptedDialogs implements ExportDialogs {
        Path answer;
        ImageSize pngSize;
        final List<String> suggestedNames = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        @Override
        public Optional<Path> chooseFile(ExportFormat format, String suggestedFileName) {
            suggestedNames.add(suggestedFileName);
            return Optional.ofNullable(answer);
        }

        @Override
        public Optional<ImageSize> choosePngSize(ImageSize current) {
            return Optional.ofNullable(pngSize);
        }

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }
    }

    @Test
    void panningOncePerPulseDrawsAFrameInEveryPulse() throws Exception {
        assertThat(io.sparkworkbench.testing.PanPulses.framesWhilePanning(60, () -> plot.panBy(2, 1),
                plot::setOnFrameDrawn)).as("frames drawn in 60 pulses of panning").isGreaterThanOrEqualTo(50);
    }
}

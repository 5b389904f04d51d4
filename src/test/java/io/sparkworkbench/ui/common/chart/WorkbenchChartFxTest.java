package io.sparkworkbench.ui.common.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.chart.ValueFormat;
import io.sparkworkbench.chart.WorkbenchChartsTest;
import io.sparkworkbench.chart.WorkbenchCharts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.assertj.core.data.Percentage;
import org.jfree.chart.axis.ValueAxis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WorkbenchChartFxTest {

    @TempDir
    Path dir;

    private WorkbenchChart chart;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        chart = new WorkbenchChart(Runnable::run);
        chart.setExportDialogs(dialogs);
        stage.setScene(new Scene(chart, 900, 560));
        stage.show();
    }

    @BeforeEach
    void showRevenueChart() {
        onFx(() -> {
            chart.setChart(WorkbenchCharts.monthlyLineChart("Monthly revenue by category", "Revenue",
                    ValueFormat.CURRENCY, WorkbenchChartsTest.monthlyRevenue()));
            return null;
        });
    }

    @Test
    void rendersTheChartOnACanvas() {
        assertThat(chart.viewer().getCanvas().getWidth()).isGreaterThan(100);
        assertThat(chart.viewer().getCanvas().getHeight()).isGreaterThan(100);
        assertThat(chart.emptyProperty().get()).isFalse();

        Image snapshot = onFx(() -> chart.snapshot(null, null));

        assertThat(countPixelsUnlike(snapshot, 0xffffffff)).isGreaterThan(2_000);
    }

    @Test
    void offersEveryExportActionInToolbarAndContextMenu(FxRobot robot) {
        MenuButton export = robot.lookup("#chart-export").queryAs(MenuButton.class);

        assertThat(export.getItems()).extracting(MenuItem::getId)
                .containsExactly("chart-export-png", "chart-export-svg", "chart-export-pdf", "chart-export-csv");
        assertThat(export.isDisabled()).isFalse();
        assertThat(robot.lookup("#chart-reset-zoom").tryQuery()).isPresent();
        assertThat(robot.lookup("#chart-copy-image").tryQuery()).isPresent();
    }

    @Test
    void pngExportWritesTheSizeTheUserChose() throws Exception {
        dialogs.answer = dir.resolve("revenue.png");
        dialogs.pngSize = new ImageSize(1200, 700);

        Optional<Path> written = await(onFx(() -> chart.exportPng()));

        assertThat(written).contains(dir.resolve("revenue.png"));
        assertThat(ImageIO.read(dir.resolve("revenue.png").toFile()).getWidth()).isEqualTo(1200);
        assertThat(dialogs.offeredPngSize).isEqualTo(chart.shownSize());
        assertThat(dialogs.suggestedNames).containsExactly("monthly-revenue-by-category");
        assertThat(onFx(() -> chart.statusProperty().get())).isEqualTo("Saved revenue.png");
    }

    @Test
    void csvExportWritesThePlottedTable() throws Exception {
        dialogs.answer = dir.resolve("revenue.csv");

        await(onFx(() -> chart.saveDataCsv()));

        List<List<String>> rows = CsvParser.parse(Files.readString(dir.resolve("revenue.csv"), StandardCharsets.UTF_8));
        assertThat(rows).hasSize(13);
        assertThat(rows.get(0)).startsWith("month", "Electronics", "Books");
        assertThat(rows.get(3)).startsWith("2024-03", "11500");
    }

    @Test
    void failedExportIsReportedWithTheFileName() {
        Path unwritable = dir.resolve("no-such-folder").resolve("revenue.svg");
        dialogs.answer = unwritable;

        CompletableFuture<Optional<Path>> result = onFx(() -> chart.exportSvg());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(result).isCompletedExceptionally();
        assertThat(dialogs.errors).singleElement().asString().contains(unwritable.toString());
        assertThat(onFx(() -> chart.statusProperty().get())).isEqualTo("Could not save revenue.svg");
    }

    @Test
    void cancelledFileChooserWritesNothing() throws Exception {
        dialogs.answer = null;

        assertThat(await(onFx(() -> chart.exportPdf()))).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void dragZoomsInAndCtrlOrMiddleDragPans(FxRobot robot) {
        ValueAxis months = chart.getChart().getXYPlot().getDomainAxis();
        double fullWidth = months.getRange().getLength();
        javafx.geometry.Bounds canvas = chart.viewer().getCanvas().localToScreen(
                chart.viewer().getCanvas().getBoundsInLocal());
        double midY = canvas.getCenterY();

        robot.drag(canvas.getMinX() + canvas.getWidth() * 0.3, midY, MouseButton.PRIMARY)
                .dropTo(new javafx.geometry.Point2D(canvas.getMinX() + canvas.getWidth() * 0.6, midY + 60));
        WaitForAsyncUtils.waitForFxEvents();

        double zoomedWidth = months.getRange().getLength();
        assertThat(zoomedWidth).isLessThan(fullWidth * 0.5);

        double lowerBeforePan = months.getLowerBound();
        robot.press(KeyCode.CONTROL);
        try {
            robot.drag(canvas.getCenterX(), midY, MouseButton.PRIMARY)
                    .dropTo(new javafx.geometry.Point2D(canvas.getCenterX() - 150, midY));
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(months.getLowerBound()).isGreaterThan(lowerBeforePan);
        assertThat(months.getRange().getLength()).isCloseTo(zoomedWidth, Percentage.withPercentage(1));

        double lowerBeforeMiddlePan = months.getLowerBound();
        robot.drag(canvas.getCenterX(), midY, MouseButton.MIDDLE)
                .dropTo(new javafx.geometry.Point2D(canvas.getCenterX() + 100, midY));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(months.getLowerBound()).isLessThan(lowerBeforeMiddlePan);
    }

    @Test
    void copyImagePutsTheChartOnTheClipboard() {
        Image copied = onFx(() -> {
            Clipboard.getSystemClipboard().clear();
            assertThat(chart.copyImage()).isTrue();
            return Clipboard.getSystemClipboard().getImage();
        });

        assertThat(copied).isNotNull();
        assertThat(copied.getWidth()).isEqualTo(chart.shownSize().width());
    }

    @Test
    void resetZoomRestoresTheAutomaticRange() {
        ValueAxis axis = chart.getChart().getXYPlot().getRangeAxis();
        onFx(() -> {
            axis.setRange(1_000, 2_000);
            return null;
        });
        assertThat(axis.isAutoRange()).isFalse();

        onFx(() -> {
            chart.resetZoom();
            return null;
        });

        assertThat(axis.isAutoRange()).isTrue();
        assertThat(axis.getUpperBound()).isGreaterThan(80_000);
    }

    @Test
    void darkThemePaintsADarkBackgroundAndEmptyChartShowsThePlaceholder(FxRobot robot) {
        Image dark = onFx(() -> {
            chart.setDarkTheme(true);
            return chart.snapshot(null, null);
        });
        assertThat(dark.getPixelReader().getArgb(5, (int) dark.getHeight() - 5)).isEqualTo(0xff0d1117);

        onFx(() -> {
            chart.clear();
            return null;
        });

        assertThat(chart.emptyProperty().get()).isTrue();
        assertThat(robot.lookup(".chart-placeholder").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#chart-export").queryAs(MenuButton.class).isDisabled()).isTrue();
    }

    private static long countPixelsUnlike(Image image, int argb) {
        PixelReader pixels = image.getPixelReader();
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (pixels.getArgb(x, y) != argb) {
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

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }

    /** Answers the export questions the way a user would, and records what was asked. */
    private static final class ScriptedDialogs implements ExportDialogs {
        Path answer;
        ImageSize pngSize;
        ImageSize offeredPngSize;
        final List<String> suggestedNames = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        @Override
        public Optional<Path> chooseFile(ExportFormat format, String suggestedFileName) {
            suggestedNames.add(suggestedFileName);
            return Optional.ofNullable(answer);
        }

        @Override
        public Optional<ImageSize> choosePngSize(ImageSize current) {
            offeredPngSize = current;
            return Optional.ofNullable(pngSize);
        }

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }
    }
}

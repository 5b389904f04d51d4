package io.sparkworkbench.ui.common.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.chart.BarValue;
import io.sparkworkbench.chart.ChartWithData;
import io.sparkworkbench.chart.ValueFormat;
import io.sparkworkbench.chart.WorkbenchCharts;
import io.sparkworkbench.chart.WorkbenchChartsTest;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.TitleEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Compact charts at a dashboard cell's size: their corner "⋯" menu covers nothing the chart draws. Laid over the chart
 * as it was, it hid the top value-axis labels of horizontal bar charts and the last points of line charts.
 */
@ExtendWith(ApplicationExtension.class)
class CompactChartFxTest {

    private WorkbenchChart bars;
    private WorkbenchChart lines;

    @Start
    void start(Stage stage) {
        bars = compact();
        lines = compact();
        HBox row = new HBox(8, bars, lines);
        bars.setPrefSize(310, 230);
        lines.setPrefSize(620, 230);
        stage.setScene(new Scene(row, 940, 230));
        stage.show();
    }

    @ParameterizedTest(name = "dark theme: {0}")
    @ValueSource(booleans = {false, true})
    void theCornerMenuSitsBesideTheTitleAndOverNoAxisLabelNorPlot(boolean dark) throws Exception {
        onFx(() -> {
            bars.setDarkTheme(dark);
            lines.setDarkTheme(dark);
            bars.setChart(topProducts());
            lines.setChart(WorkbenchCharts.monthlyLineChart("Revenue by month and category", "Revenue", ValueFormat.CURRENCY,
                    WorkbenchChartsTest.monthlyRevenue()));
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> drawn(bars) && drawn(lines));
        WaitForAsyncUtils.waitForFxEvents();

        for (WorkbenchChart chart : List.of(bars, lines)) {
            Rectangle2D menu = onFx(() -> menuOnCanvas(chart));
            Rectangle2D plot = onFx(() -> chart.viewer().getCanvas().getRenderingInfo().getPlotInfo().getPlotArea());
            assertThat(menu.intersects(plot)).as("menu %s over the plot and its axes %s", menu, plot).isFalse();
            Rectangle2D titleText = onFx(() -> titleText(chart));
            assertThat(menu.intersects(titleText)).as("menu %s over the title %s", menu, titleText).isFalse();
        }
    }

    private static WorkbenchChart compact() {
        WorkbenchChart chart = new WorkbenchChart(Runnable::run);
        chart.setCompact(true);
        return chart;
    }

    private static ChartWithData topProducts() {
        List<BarValue> values = IntStream.range(0, 10)
                .mapToObj(i -> new BarValue("Orbit Smartwatch 00" + i, "Revenue", 500_000 - i * 40_000)).toList();
        ChartWithData built = WorkbenchCharts.barChart("Top products", null, null, ValueFormat.CURRENCY, values);
        ((CategoryPlot) built.chart().getPlot()).setOrientation(PlotOrientation.HORIZONTAL);
        return built;
    }

    private static boolean drawn(WorkbenchChart chart) {
        return chart.viewer().getCanvas().getRenderingInfo() != null && chart.lookup("#chart-corner-menu").getLayoutBounds().getWidth() > 0;
    }

    private static Rectangle2D menuOnCanvas(WorkbenchChart chart) {
        MenuButton button = (MenuButton) chart.lookup("#chart-corner-menu");
        Bounds onCanvas = chart.viewer().getCanvas().sceneToLocal(button.localToScene(button.getLayoutBounds()));
        return new Rectangle2D.Double(onCanvas.getMinX(), onCanvas.getMinY(), onCanvas.getWidth(), onCanvas.getHeight());
    }

    /** The title's drawn text: its entity's area is the text and the title's padding around it. */
    private static Rectangle2D titleText(WorkbenchChart chart) {
        JFreeChart jfree = chart.getChart();
        for (Object entity : chart.viewer().getCanvas().getRenderingInfo().getEntityCollection().getEntities()) {
            if (entity instanceof TitleEntity title && title.getTitle() == jfree.getTitle()) {
                return jfree.getTitle().getPadding().createInsetRectangle(title.getArea().getBounds2D());
            }
        }
        throw new AssertionError("no title drawn");
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }
}

package io.sparkworkbench.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

public class WorkbenchChartsTest {

    static final List<String> CATEGORIES = List.of("Electronics", "Books", "Home", "Garden", "Toys", "Sports",
            "Beauty", "Fashion");

    /** Eight categories over 2024, with Toys missing in March. */
    public static List<MonthPoint> monthlyRevenue() {
        List<MonthPoint> points = new ArrayList<>();
        for (int c = 0; c < CATEGORIES.size(); c++) {
            for (int m = 1; m <= 12; m++) {
                if (!(CATEGORIES.get(c).equals("Toys") && m == 3)) {
                    points.add(new MonthPoint(CATEGORIES.get(c), YearMonth.of(2024, m), 10_000.0 * (c + 1) + 500 * m));
                }
            }
        }
        return points;
    }

    @Test
    void monthlyLineChartPlotsOneSeriesPerCategoryAndTabulatesIt() {
        ChartWithData result = WorkbenchCharts.monthlyLineChart("Monthly revenue by category", "Revenue",
                ValueFormat.CURRENCY, monthlyRevenue());

        XYPlot plot = result.chart().getXYPlot();
        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(8);
        assertThat(plot.getDataset().getSeriesKey(0)).isEqualTo("Electronics");
        assertThat(result.chart().getLegend()).isNotNull();

        ChartTable table = result.data();
        assertThat(table.columns()).first().isEqualTo(WorkbenchCharts.MONTH_COLUMN);
        assertThat(table.columns().subList(1, 9)).containsExactlyElementsOf(CATEGORIES);
        assertThat(table.rows()).hasSize(12);
        assertThat(table.cell(0, "month")).isEqualTo(YearMonth.of(2024, 1));
        assertThat(table.cell(11, "month")).isEqualTo(YearMonth.of(2024, 12));
        assertThat(table.cell(0, "Books")).isEqualTo(20_500.0);
        assertThat(table.cell(2, "Toys")).isNull();
        assertThat(plot.getDataset().getItemCount(4)).isEqualTo(11);
    }

    @Test
    void lineChartTooltipsNameSeriesMonthAndFormattedValue() {
        ChartWithData result = WorkbenchCharts.monthlyLineChart("Revenue", "Revenue", ValueFormat.CURRENCY,
                List.of(new MonthPoint("Books", YearMonth.of(2024, 3), 1_234_567.4)));
        XYPlot plot = result.chart().getXYPlot();

        String tooltip = plot.getRenderer().getToolTipGenerator(0, 0).generateToolTip(plot.getDataset(), 0, 0);

        assertThat(tooltip).isEqualTo("Books · Mar 2024: $1,234,567");
        assertThat(((NumberAxis) plot.getRangeAxis()).getNumberFormatOverride().format(2_500_000))
                .isEqualTo("$2,500,000");
    }

    @Test
    void duplicateMonthForASeriesIsRejected() {
        List<MonthPoint> points = List.of(new MonthPoint("Books", YearMonth.of(2024, 1), 1),
                new MonthPoint("Books", YearMonth.of(2024, 1), 2));

        assertThatThrownBy(() -> WorkbenchCharts.monthlyLineChart("t", "v", ValueFormat.INTEGER, points))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Books").hasMessageContaining("2024-01");
    }

    @Test
    void noPointsGiveAnEmptyTable() {
        ChartWithData result = WorkbenchCharts.monthlyLineChart("t", "v", ValueFormat.INTEGER, List.of());

        assertThat(result.data().isEmpty()).isTrue();
        assertThat(result.chart().getXYPlot().getDataset().getSeriesCount()).isZero();
    }

    @Test
    void barChartGroupsSeriesByCategory() {
        ChartWithData result = WorkbenchCharts.barChart("Orders by channel", "Channel", "Orders", ValueFormat.INTEGER,
                List.of(new BarValue("web", "2023", 1200), new BarValue("web", "2024", 1500),
                        new BarValue("mobile", "2024", 2100)));

        CategoryPlot plot = result.chart().getCategoryPlot();
        assertThat(plot.getDataset().getValue("2024", "mobile")).isEqualTo(2100.0);
        assertThat(plot.getDataset().getValue("2023", "mobile")).isNull();
        assertThat(result.data().columns()).containsExactly("category", "2023", "2024");
        assertThat(result.data().rows()).containsExactly(List.of("web", 1200.0, 1500.0),
                java.util.Arrays.asList("mobile", null, 2100.0));
        String tooltip = plot.getRenderer().getToolTipGenerator(1, 0).generateToolTip(plot.getDataset(), 1, 0);
        assertThat(tooltip).isEqualTo("2024 · web: 1,500");
    }

    @Test
    void singleSeriesBarChartHasNoLegend() {
        ChartWithData result = WorkbenchCharts.barChart("t", "c", "v", ValueFormat.DECIMAL,
                List.of(new BarValue("a", "only", 1.5)));

        assertThat(result.chart().getLegend()).isNull();
        assertThat(result.data().rows()).containsExactly(List.of("a", 1.5));
    }
}

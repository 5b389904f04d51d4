package io.sparkworkbench.chart;

import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The app's chart factory: each method builds a styled chart (light theme; {@link WorkbenchChart}
 * recolours it for dark) together with the {@link ChartTable} of what it plots. Series keep the
 * order in which they first appear in the input.
 */
public final class WorkbenchCharts {

    /** First column of a monthly chart's table; values are {@link YearMonth} (CSV: 2024-01). */
    public static final String MONTH_COLUMN = "month";
    /** First column of a bar chart's table. */
    public static final String CATEGORY_COLUMN = "category";

    /** Room on the right for the last date label, which is centred on the chart's last point. */
    private static final RectangleInsets CHART_PADDING = new RectangleInsets(4, 4, 4, 24);
    private static final String TOOLTIP_PATTERN = "{0} · {1}: {2}";

    private WorkbenchCharts() {
    }

    /**
     * A line chart with one line per series over months, e.g. monthly revenue by category.
     *
     * @throws IllegalArgumentException if a series has two points for the same month
     */
    public static ChartWithData monthlyLineChart(String title, String valueAxisLabel, ValueFormat format,
                                                 List<MonthPoint> points) {
        Map<String, TimeSeries> seriesByName = new LinkedHashMap<>();
        Map<YearMonth, Map<String, Double>> valuesByMonth = new TreeMap<>();
        for (MonthPoint point : points) {
            TimeSeries series = seriesByName.computeIfAbsent(point.series(), TimeSeries::new);
            Double previous = valuesByMonth.computeIfAbsent(point.month(), m -> new LinkedHashMap<>())
                    .put(point.series(), point.value());
            if (previous != null) {
                throw new IllegalArgumentException("two values for " + point.series() + " in " + point.month());
            }
            series.add(new Month(point.month().getMonthValue(), point.month().getYear()), point.value());
        }
        TimeSeriesCollection dataset = new TimeSeriesCollection();
        // Points sit on the month's first day so they line up with the "Jan 2024" tick marks.
        dataset.setXPosition(TimePeriodAnchor.START);
        seriesByName.values().forEach(dataset::addSeries);

        NumberFormat numbers = format.newFormat();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setDefaultShape(new Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator(
                TOOLTIP_PATTERN, new SimpleDateFormat("MMM yyyy", Locale.US), numbers));

        XYPlot plot = new XYPlot(dataset, monthAxis(), valueAxis(valueAxisLabel, format), renderer);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, seriesByName.size() > 1);
        chart.setPadding(CHART_PADDING);
        ChartTheme.LIGHT.apply(chart);
        return new ChartWithData(chart, monthTable(seriesByName.keySet(), valuesByMonth));
    }

    /**
     * A vertical bar chart: one group of bars per category, one bar per series in each group.
     *
     * @throws IllegalArgumentException if a (category, series) pair appears twice
     */
    public static ChartWithData barChart(String title, String categoryAxisLabel, String valueAxisLabel,
                                         ValueFormat format, List<BarValue> values) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Set<String> seriesNames = new LinkedHashSet<>();
        Map<String, Map<String, Double>> valuesByCategory = new LinkedHashMap<>();
        for (BarValue bar : values) {
            seriesNames.add(bar.series());
            Double previous = valuesByCategory.computeIfAbsent(bar.category(), c -> new LinkedHashMap<>())
                    .put(bar.series(), bar.value());
            if (previous != null) {
                throw new IllegalArgumentException("two values for " + bar.series() + " in " + bar.category());
            }
            dataset.addValue(bar.value(), bar.series(), bar.category());
        }

        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator(TOOLTIP_PATTERN, format.newFormat()));

        WordWrappedCategoryAxis categoryAxis = new WordWrappedCategoryAxis(categoryAxisLabel);
        categoryAxis.setMaximumCategoryLabelLines(2);
        categoryAxis.setCategoryMargin(0.15);
        categoryAxis.addFullLabelToolTips(valuesByCategory.keySet());
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis(valueAxisLabel, format), renderer);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, seriesNames.size() > 1);
        chart.setPadding(CHART_PADDING);
        ChartTheme.LIGHT.apply(chart);
        return new ChartWithData(chart, wideTable(CATEGORY_COLUMN, seriesNames, valuesByCategory));
    }

    private static DateAxis monthAxis() {
        DateAxis axis = new DateAxis(null);
        // Only whole months and years: zooming in never produces day ticks all labelled "Jan 2024".
        TickUnits units = new TickUnits();
        for (int months : new int[]{1, 2, 3, 6}) {
            units.add(new DateTickUnit(DateTickUnitType.MONTH, months, new SimpleDateFormat("MMM yyyy", Locale.US)));
        }
        for (int years : new int[]{1, 2, 5, 10, 25}) {
            units.add(new DateTickUnit(DateTickUnitType.YEAR, years, new SimpleDateFormat("yyyy", Locale.US)));
        }
        axis.setStandardTickUnits(units);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        return axis;
    }

    private static NumberAxis valueAxis(String label, ValueFormat format) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(format.newFormat());
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.08);
        return axis;
    }

    private static ChartTable monthTable(Set<String> seriesNames, Map<YearMonth, Map<String, Double>> valuesByMonth) {
        Map<Object, Map<String, Double>> rows = new LinkedHashMap<>(valuesByMonth);
        return wideTable(MONTH_COLUMN, seriesNames, rows);
    }

    private static ChartTable wideTable(String keyColumn, Set<String> seriesNames,
                                        Map<?, Map<String, Double>> valuesByKey) {
        List<String> columns = new ArrayList<>();
        columns.add(keyColumn);
        columns.addAll(seriesNames);
        List<List<Object>> rows = new ArrayList<>();
        valuesByKey.forEach((key, values) -> {
            List<Object> row = new ArrayList<>();
            row.add(key);
            for (String series : seriesNames) {
                row.add(values.get(series));
            }
            rows.add(row);
        });
        return new ChartTable(columns, rows);
    }
}

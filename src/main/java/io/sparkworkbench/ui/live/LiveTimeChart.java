package io.sparkworkbench.ui.live;

import io.sparkworkbench.chart.ChartTable;
import io.sparkworkbench.chart.ChartTheme;
import io.sparkworkbench.chart.ValueFormat;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A live line chart over wall-clock time in the shared chart component: fixed series, their points replaced in place on
 * each update with the chart's notifications held (one redraw), so zoom, tooltips and export stay.
 */
final class LiveTimeChart {

    private final WorkbenchChart view = new WorkbenchChart();
    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final Map<String, XYSeries> series = new LinkedHashMap<>();
    private final JFreeChart chart;
    /** Indices of the series drawn as the provisional continuation of the series before them. */
    private final Set<Integer> continuations = new HashSet<>();

    LiveTimeChart(String id, String title, String valueAxisLabel, ValueFormat format, List<String> seriesNames) {
        for (String name : seriesNames) {
            XYSeries s = new XYSeries(name, true, false);
            series.put(name, s);
            dataset.addSeries(s);
        }
        XYLineAndShapeRenderer renderer = new ContinuationRenderer();
        SimpleDateFormat clock = new SimpleDateFormat("HH:mm:ss", Locale.ROOT);
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0} · {1}: {2}", clock, format.newFormat()));
        DateAxis time = new DateAxis(null);
        time.setDateFormatOverride(new SimpleDateFormat("HH:mm:ss", Locale.ROOT));
        NumberAxis values = new NumberAxis(valueAxisLabel);
        values.setNumberFormatOverride(format.newFormat());
        values.setAutoRangeIncludesZero(true);
        // Every streaming metric is a count, a rate or a duration: never below zero. A series that stays at zero
        // otherwise got a range of a few billionths around 0, labelled "0, 0, -0" in whole numbers.
        values.setRangeType(RangeType.POSITIVE);
        if (format == ValueFormat.INTEGER) {
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            values.setAutoRangeMinimumSize(1);
        }
        values.setUpperMargin(0.08);
        XYPlot plot = new XYPlot(dataset, time, values, renderer);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, seriesNames.size() > 1);
        chart.setPadding(new RectangleInsets(4, 4, 4, 16));
        ChartTheme.LIGHT.apply(chart);
        view.setId(id);
        view.setChart(chart, ChartTable.empty());
        view.setMinSize(0, 0);
    }

    WorkbenchChart view() {
        return view;
    }

    /** The value axis (tests). */
    NumberAxis valueAxis() {
        return (NumberAxis) chart.getXYPlot().getRangeAxis();
    }

    /**
     * Draws {@code seriesName} (not the first series) as the provisional end of the series before it: that series'
     * colour, lighter and dashed, in the plot and the legend, so values still being counted do not read as a fall.
     */
    void drawAsContinuation(String seriesName) {
        int index = List.copyOf(series.keySet()).indexOf(seriesName);
        if (index < 1) {
            throw new IllegalArgumentException("not a series after the first: " + seriesName);
        }
        continuations.add(index);
        chart.fireChartChanged();
    }

    /** Replaces every series' points (points of unknown series are ignored); one redraw. */
    void update(List<TimePoint> points) {
        chart.setNotify(false);
        try {
            // Deduplicated by time first, then added without a notification each: one axis update per series.
            Map<String, TreeMap<Long, Double>> byName = new LinkedHashMap<>();
            for (TimePoint p : points) {
                if (series.containsKey(p.series())) {
                    byName.computeIfAbsent(p.series(), n -> new TreeMap<>()).put(p.timeMs(), p.value());
                }
            }
            series.forEach((name, s) -> {
                s.clear();
                byName.getOrDefault(name, new TreeMap<>()).forEach((t, v) -> s.add(t.doubleValue(), v.doubleValue(), false));
                s.fireSeriesChanged();
            });
        } finally {
            chart.setNotify(true);
        }
        view.updateData(table(List.copyOf(series.keySet()), points));
    }

    /** Looks the paint and stroke up at draw time: the theme recolours every series on a switch, continuations follow. */
    private final class ContinuationRenderer extends XYLineAndShapeRenderer {

        private static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f);

        ContinuationRenderer() {
            super(true, false);
        }

        @Override
        public Paint lookupSeriesPaint(int s) {
            if (continuations.contains(s) && super.lookupSeriesPaint(s - 1) instanceof Color before) {
                return new Color(before.getRed(), before.getGreen(), before.getBlue(), 150);
            }
            return super.lookupSeriesPaint(s);
        }

        @Override
        public Stroke lookupSeriesStroke(int s) {
            return continuations.contains(s) ? DASHED : super.lookupSeriesStroke(s);
        }
    }

    /** One row per time, one column per series (ISO times): what "Save data as CSV" writes. */
    static ChartTable table(List<String> names, List<TimePoint> points) {
        Map<Long, Map<String, Double>> rows = new TreeMap<>();
        for (TimePoint p : points) {
            rows.computeIfAbsent(p.timeMs(), t -> new LinkedHashMap<>()).put(p.series(), p.value());
        }
        List<String> columns = new ArrayList<>();
        columns.add("time");
        columns.addAll(names);
        List<List<Object>> cells = new ArrayList<>();
        rows.forEach((time, values) -> {
            List<Object> row = new ArrayList<>();
            row.add(Instant.ofEpochMilli(time).toString());
            names.forEach(n -> row.add(values.get(n)));
            cells.add(row);
        });
        return new ChartTable(columns, cells);
    }
}

package io.sparkworkbench.ui.live;

import io.sparkworkbench.chart.BarValue;
import io.sparkworkbench.chart.ChartTable;
import io.sparkworkbench.chart.ChartTheme;
import io.sparkworkbench.chart.ValueFormat;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A live bar chart in the shared chart component: built once, its dataset replaced in place on each update with the
 * chart's notifications held, so it redraws once per update and keeps its zoom, tooltips and export menu.
 */
final class LiveBarChart {

    private final WorkbenchChart view = new WorkbenchChart();
    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final JFreeChart chart;

    /**
     * @param stacked   one bar per category with the series stacked (events per type), else one bar per series
     * @param horizontal bars grow rightwards, categories listed top-down (top-N, funnel)
     */
    LiveBarChart(String id, String title, String valueAxisLabel, ValueFormat format, boolean stacked, boolean horizontal, boolean legend) {
        BarRenderer renderer = stacked ? new StackedBarRenderer() : new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0} · {1}: {2}", format.newFormat()));
        CategoryAxis categories = new CategoryAxis(null);
        categories.setCategoryMargin(0.15);
        categories.setMaximumCategoryLabelLines(2);
        if (horizontal) {
            // Ten product names in a short chart: one line each, given up to 45% of the width, or they overlap.
            categories.setMaximumCategoryLabelLines(1);
            categories.setMaximumCategoryLabelWidthRatio(0.45f);
        } else {
            // Window start times: tilted so eighteen of them fit a narrow chart.
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis values = new NumberAxis(valueAxisLabel);
        values.setNumberFormatOverride(format.newFormat());
        values.setAutoRangeIncludesZero(true);
        values.setUpperMargin(0.08);
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        ChartTheme.LIGHT.apply(chart);
        view.setId(id);
        view.setChart(chart, ChartTable.empty());
        view.setMinSize(0, 0);
    }

    WorkbenchChart view() {
        return view;
    }

    /** Replaces the bars; one redraw. */
    void update(List<BarValue> bars) {
        chart.setNotify(false);
        try {
            dataset.clear();
            for (BarValue bar : bars) {
                dataset.addValue(bar.value(), bar.series(), bar.category());
            }
        } finally {
            chart.setNotify(true);
        }
        view.updateData(table(bars));
    }

    /** Categories as rows, series as columns: what "Save data as CSV" writes. */
    static ChartTable table(List<BarValue> bars) {
        Set<String> series = new LinkedHashSet<>();
        Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
        for (BarValue bar : bars) {
            series.add(bar.series());
            rows.computeIfAbsent(bar.category(), c -> new LinkedHashMap<>()).put(bar.series(), bar.value());
        }
        List<String> columns = new ArrayList<>();
        columns.add("category");
        columns.addAll(series);
        List<List<Object>> cells = new ArrayList<>();
        rows.forEach((category, values) -> {
            List<Object> row = new ArrayList<>();
            row.add(category);
            series.forEach(s -> row.add(values.get(s)));
            cells.add(row);
        });
        return new ChartTable(columns, cells);
    }
}

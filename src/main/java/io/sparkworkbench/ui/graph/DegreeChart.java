package io.sparkworkbench.ui.graph;

import io.sparkworkbench.chart.ChartTable;
import io.sparkworkbench.chart.ChartTheme;
import io.sparkworkbench.chart.ChartWithData;
import io.sparkworkbench.engine.graph.DegreeBin;
import io.sparkworkbench.engine.graph.DegreeDistribution;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The degree distribution: nodes per degree value, total (and in/out when directed). A heavy tail spans orders of
 * magnitude, so the count axis turns logarithmic when the counts do ({@link #logCounts}); zero counts have no place
 * on a log axis and are left out there (the CSV keeps them).
 */
final class DegreeChart {

    /** Counts spanning at least this factor get a log axis. */
    static final double LOG_SPAN = 50;

    private DegreeChart() {
    }

    static boolean logCounts(DegreeDistribution d) {
        long lo = Long.MAX_VALUE;
        long hi = 0;
        for (DegreeBin b : d.bins()) {
            if (b.totalNodes() > 0) {
                lo = Math.min(lo, b.totalNodes());
                hi = Math.max(hi, b.totalNodes());
            }
        }
        return hi > 0 && hi >= LOG_SPAN * lo;
    }

    static ChartWithData of(DegreeDistribution d, boolean directed) {
        boolean log = logCounts(d);
        XYSeries total = new XYSeries("total degree");
        XYSeries in = new XYSeries("in-degree");
        XYSeries out = new XYSeries("out-degree");
        List<List<Object>> rows = new ArrayList<>();
        for (DegreeBin b : d.bins()) {
            add(total, b.degree(), b.totalNodes(), log);
            add(in, b.degree(), b.inNodes(), log);
            add(out, b.degree(), b.outNodes(), log);
            rows.add(List.of(b.degree(), b.totalNodes(), b.inNodes(), b.outNodes()));
        }
        XYSeriesCollection data = new XYSeriesCollection(total);
        if (directed) {
            data.addSeries(in);
            data.addSeries(out);
        }
        NumberAxis degree = new NumberAxis("degree");
        degree.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ValueAxis count;
        if (log) {
            LogAxis axis = new LogAxis("nodes (log scale)");
            axis.setBase(10);
            axis.setSmallestValue(0.8);
            count = axis;
        } else {
            NumberAxis axis = new NumberAxis("nodes");
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            count = axis;
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setDefaultShape(new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator());
        XYPlot plot = new XYPlot(data, degree, count, renderer);
        String title = String.format(java.util.Locale.US, "Degree distribution (mean %.2f, max %,d)%s", d.meanDegree(), d.maxDegree(),
                d.truncated() ? " — lowest degree values only" : "");
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, directed);
        ChartTheme.LIGHT.apply(chart);
        return new ChartWithData(chart, new ChartTable(List.of("degree", "nodes", "in_nodes", "out_nodes"), rows));
    }

    private static void add(XYSeries series, long degree, long nodes, boolean log) {
        if (!log || nodes > 0) {
            series.add(degree, nodes);
        }
    }
}

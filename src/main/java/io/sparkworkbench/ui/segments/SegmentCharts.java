package io.sparkworkbench.ui.segments;

import io.sparkworkbench.chart.BarValue;
import io.sparkworkbench.chart.ChartTable;
import io.sparkworkbench.chart.ChartTheme;
import io.sparkworkbench.chart.ChartWithData;
import io.sparkworkbench.chart.ValueFormat;
import io.sparkworkbench.chart.WorkbenchCharts;
import io.sparkworkbench.engine.ml.features.CustomerFeature;
import io.sparkworkbench.engine.ml.segment.SegmentProfile;
import io.sparkworkbench.engine.ml.segment.SegmentationResult;
import io.sparkworkbench.engine.ml.segment.SweepPoint;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The segmentation tab's JFreeChart charts: the k sweep (elbow and silhouette) and the segment profiles. */
final class SegmentCharts {

    private SegmentCharts() {
    }

    /** WSSSE on the left axis, silhouette on the right, the suggested k marked. */
    static ChartWithData sweep(List<SweepPoint> points, int suggestedK) {
        XYSeries wssse = new XYSeries("WSSSE (elbow)");
        XYSeries silhouette = new XYSeries("Silhouette");
        List<List<Object>> rows = new ArrayList<>();
        for (SweepPoint p : points) {
            wssse.add(p.k(), p.wssse());
            silhouette.add(p.k(), p.silhouette());
            rows.add(List.of(p.k(), p.wssse(), p.silhouette(), p.fitMillis()));
        }
        NumberAxis kAxis = new NumberAxis("k");
        kAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        kAxis.setAutoRangeIncludesZero(false);
        NumberAxis costAxis = new NumberAxis("WSSSE");
        costAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(wssse), kAxis, costAxis, lineRenderer());
        NumberAxis silhouetteAxis = new NumberAxis("Silhouette");
        silhouetteAxis.setAutoRangeIncludesZero(false);
        plot.setRangeAxis(1, silhouetteAxis);
        plot.setDataset(1, new XYSeriesCollection(silhouette));
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, lineRenderer());
        if (suggestedK > 0) {
            ValueMarker marker = new ValueMarker(suggestedK, new Color(0x888888), new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
            marker.setLabel("suggested k = " + suggestedK);
            plot.addDomainMarker(marker);
        }
        JFreeChart chart = new JFreeChart("Choosing k", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartTheme.LIGHT.apply(chart);
        return new ChartWithData(chart, new ChartTable(List.of("k", "wssse", "silhouette", "fit_ms"), rows));
    }

    private static XYLineAndShapeRenderer lineRenderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setDefaultShape(new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator());
        return renderer;
    }

    /**
     * Each feature's segment mean as an index of the overall mean (100 = average), one bar per segment:
     * features on very different scales (days, dollars, rates) read on one axis.
     */
    static ChartWithData profiles(SegmentationResult result) {
        List<BarValue> bars = new ArrayList<>();
        for (int c = 0; c < result.profileColumns().size(); c++) {
            String column = result.profileColumns().get(c);
            String label = CustomerFeature.ofColumn(column).map(CustomerFeature::label).orElse(column);
            double overall = result.overallMeans()[c];
            for (SegmentProfile p : result.profiles()) {
                double index = overall > 0 ? 100 * p.means()[c] / overall : 0;
                bars.add(new BarValue(label, p.name(), index));
            }
        }
        // Segments are the series in segment order, so the theme gives segment n the plot's colour n.
        return WorkbenchCharts.barChart("Segment profiles (100 = overall mean)", null, "Index vs overall mean",
                ValueFormat.INTEGER, bars);
    }
}

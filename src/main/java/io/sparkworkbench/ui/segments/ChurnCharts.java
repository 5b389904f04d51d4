package io.sparkworkbench.ui.segments;

import io.sparkworkbench.chart.BarValue;
import io.sparkworkbench.chart.ChartTable;
import io.sparkworkbench.chart.ChartTheme;
import io.sparkworkbench.chart.ChartWithData;
import io.sparkworkbench.chart.ValueFormat;
import io.sparkworkbench.chart.WorkbenchCharts;
import io.sparkworkbench.engine.ml.churn.ChurnResult;
import io.sparkworkbench.engine.ml.churn.FeatureWeight;
import io.sparkworkbench.engine.ml.churn.ModelReport;
import io.sparkworkbench.engine.ml.churn.RocPoint;
import io.sparkworkbench.engine.ml.features.CustomerFeature;
import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The churn result as charts of the shared chart component: ROC curves of both models, and what each leans on. */
final class ChurnCharts {

    static final String ROC_TITLE = "ROC curve on the test set";

    private ChurnCharts() {
    }

    /** One line per model, named with its AUC, over the dashed diagonal of a model that guesses. */
    static ChartWithData roc(ChurnResult result) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        List<List<Object>> rows = new ArrayList<>();
        for (ModelReport m : result.models()) {
            String name = seriesName(m);
            // autoSort off: a ROC curve can rise straight up (same fpr twice), which sorting would scramble.
            XYSeries series = new XYSeries(name, false, true);
            for (RocPoint p : m.roc()) {
                series.add(p.fpr(), p.tpr());
                rows.add(List.of(m.kind().label(), p.fpr(), p.tpr()));
            }
            dataset.addSeries(series);
        }
        DecimalFormat rate = new DecimalFormat("0.000", DecimalFormatSymbols.getInstance(Locale.US));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0} · false positives {1}, true positives {2}", rate, rate));
        XYPlot plot = new XYPlot(dataset, unitAxis("False-positive rate (stayers flagged)"),
                unitAxis("True-positive rate (churners flagged)"), renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.addAnnotation(new XYLineAnnotation(0, 0, 1, 1, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[]{4f, 4f}, 0f), new Color(0x8c959f)));
        JFreeChart chart = new JFreeChart(ROC_TITLE, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartTheme.LIGHT.apply(chart);
        return new ChartWithData(chart, new ChartTable(List.of("model", "false_positive_rate", "true_positive_rate"), rows));
    }

    /**
     * Each model's feature weights as a share of its own total: LR's |coefficients| and a forest's
     * importances are on different scales, and shares make the two comparable side by side.
     */
    static ChartWithData importance(ChurnResult result) {
        List<BarValue> bars = new ArrayList<>();
        List<String> order = result.bestReport().importance().stream().map(FeatureWeight::feature).toList();
        for (ModelReport m : result.models()) {
            double total = m.importance().stream().mapToDouble(FeatureWeight::value).sum();
            for (String feature : order) {
                double value = m.importance().stream().filter(w -> w.feature().equals(feature)).mapToDouble(FeatureWeight::value)
                        .findFirst().orElse(0);
                bars.add(new BarValue(label(feature), m.kind().label(), total > 0 ? 100 * value / total : 0));
            }
        }
        ChartWithData chart = WorkbenchCharts.barChart("What each model leans on", "feature", "share of the model's weight (%)",
                ValueFormat.DECIMAL, bars);
        if (chart.chart().getPlot() instanceof CategoryPlot plot && order.size() > 5) {
            plot.getDomainAxis().setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
        }
        return chart;
    }

    static String seriesName(ModelReport m) {
        return m.kind().label() + " (AUC " + String.format(Locale.US, "%.3f", m.auc()) + ")";
    }

    static String label(String feature) {
        return CustomerFeature.ofColumn(feature).map(CustomerFeature::label).orElse(feature);
    }

    private static NumberAxis unitAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(0, 1);
        axis.setAutoRange(false);
        return axis;
    }
}

package io.sparkworkbench.report;

import io.sparkworkbench.chart.BarValue;
import io.sparkworkbench.chart.ChartWithData;
import io.sparkworkbench.chart.MonthPoint;
import io.sparkworkbench.chart.ValueFormat;
import io.sparkworkbench.chart.WorkbenchCharts;
import io.sparkworkbench.engine.dashboard.CategoryMonth;
import io.sparkworkbench.engine.dashboard.FunnelStep;
import io.sparkworkbench.engine.dashboard.ModelQuality;
import io.sparkworkbench.engine.dashboard.RankedItem;
import io.sparkworkbench.engine.dashboard.SegmentRisk;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;

/** The dashboard's charts built from its records with the app's chart factory (so export works as on every tab). */
public final class DashboardCharts {

    private DashboardCharts() {
    }

    public static ChartWithData revenue(List<CategoryMonth> months) {
        List<MonthPoint> points = months.stream().map(m -> new MonthPoint(m.category(), m.month(), m.revenue())).toList();
        return WorkbenchCharts.monthlyLineChart("Revenue by month and category", "Revenue", ValueFormat.CURRENCY, points);
    }

    public static ChartWithData funnel(List<FunnelStep> steps) {
        List<BarValue> bars = steps.stream().map(s -> new BarValue(stepLabel(s.step()), "Sessions", s.sessions())).toList();
        // Steps read top to bottom like a funnel; under upright bars "Checkout" and "Bought" ran together at a quarter width.
        return horizontal(WorkbenchCharts.barChart("Sessions funnel", null, null, ValueFormat.INTEGER, bars));
    }

    public static ChartWithData segments(List<SegmentRisk> segments) {
        List<BarValue> bars = segments.stream().map(s -> new BarValue(segmentLabel(s), "Active customers", s.customers())).toList();
        // "Bargain hunters · churn 69 %" needs a line's width, which a fifth of the chart under an upright bar is not.
        return horizontal(WorkbenchCharts.barChart("Customers by segment", null, "Customers", ValueFormat.INTEGER, bars));
    }

    public static ChartWithData products(List<RankedItem> products) {
        List<BarValue> bars = products.stream().map(p -> new BarValue(p.name(), "Revenue", p.value())).toList();
        return horizontal(WorkbenchCharts.barChart("Top products", null, null, ValueFormat.CURRENCY, bars));
    }

    public static ChartWithData categories(List<RankedItem> categories) {
        List<BarValue> bars = categories.stream().map(c -> new BarValue(c.name(), "Revenue", c.value())).toList();
        return horizontal(WorkbenchCharts.barChart("Revenue by category", null, null, ValueFormat.CURRENCY, bars));
    }

    public static ChartWithData recommendations(List<ModelQuality> models, int k) {
        List<BarValue> bars = new ArrayList<>();
        for (ModelQuality m : models) {
            bars.add(new BarValue("Precision@" + k, m.model(), m.precision()));
            bars.add(new BarValue("Recall@" + k, m.model(), m.recall()));
            bars.add(new BarValue("NDCG@" + k, m.model(), m.ndcg()));
        }
        return WorkbenchCharts.barChart("Recommendations vs baselines", null, "Score", ValueFormat.DECIMAL, bars);
    }

    public static ChartWithData communities(List<RankedItem> communities) {
        List<BarValue> bars = communities.stream().map(c -> new BarValue(c.name(), "Members", c.value())).toList();
        return horizontal(WorkbenchCharts.barChart("Largest communities", null, null, ValueFormat.INTEGER, bars));
    }

    /** Bars laid sideways: names and steps read along the axis instead of being squeezed under narrow bars. */
    private static ChartWithData horizontal(ChartWithData built) {
        ((CategoryPlot) built.chart().getPlot()).setOrientation(PlotOrientation.HORIZONTAL);
        return built;
    }

    /** "Bargain hunters · churn 34 %", or the name alone before churn is scored: the bar label the click maps back. */
    public static String segmentLabel(SegmentRisk segment) {
        return segment.meanChurn().isPresent()
                ? segment.name() + " · churn " + String.format(Locale.US, "%.0f %%", segment.meanChurn().getAsDouble() * 100)
                : segment.name();
    }

    public static String stepLabel(String step) {
        return switch (step) {
            case "session" -> "All";
            case "product_view" -> "Viewed";
            case "add_to_cart" -> "Cart";
            case "checkout" -> "Checkout";
            case "purchase" -> "Bought";
            default -> step;
        };
    }
}

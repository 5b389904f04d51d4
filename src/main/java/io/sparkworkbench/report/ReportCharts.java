package io.sparkworkbench.report;

import io.sparkworkbench.chart.ChartWithData;
import io.sparkworkbench.engine.dashboard.DashboardData;
import io.sparkworkbench.engine.dashboard.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The dashboard's charts, in the tab's order, built by the same {@link DashboardCharts} the tab uses. */
public final class ReportCharts {

    private ReportCharts() {
    }

    public static List<ReportChart> of(DashboardData d) {
        List<ReportChart> charts = new ArrayList<>();
        charts.add(built("revenue", "Revenue by month and category", DashboardCharts.revenue(d.revenue()), "No orders in this range", true));
        charts.add(built("funnel", "Sessions funnel", DashboardCharts.funnel(d.funnel()), "No sessions in this range", false));
        charts.add(section("segments", "Customers by segment", d.segments(), DashboardCharts::segments,
                "No segmented customer ordered in this range"));
        charts.add(built("products", "Top products", DashboardCharts.products(d.topProducts()), "No orders in this range", false));
        charts.add(built("categories", "Revenue by category", DashboardCharts.categories(d.categories()), "No orders in this range",
                false));
        charts.add(section("recommend", "Recommendations vs baselines", d.recommend(),
                rows -> DashboardCharts.recommendations(rows, d.recommendK()), "No saved evaluation"));
        charts.add(section("communities", "Largest communities", d.communities(), DashboardCharts::communities,
                "The graph has no communities"));
        return charts;
    }

    private static <T> ReportChart section(String id, String title, Section<T> section, Function<List<T>, ChartWithData> build,
                                           String whenEmpty) {
        if (!section.available()) {
            return new ReportChart(id, title, Optional.empty(), section.missing(), false);
        }
        return built(id, title, build.apply(section.rows()), whenEmpty, false);
    }

    private static ReportChart built(String id, String title, ChartWithData chart, String whenEmpty, boolean wide) {
        return chart.data().isEmpty() ? new ReportChart(id, title, Optional.empty(), whenEmpty, wide)
                : new ReportChart(id, title, Optional.of(chart), "", wide);
    }
}

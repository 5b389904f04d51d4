package io.sparkworkbench.report;

import io.sparkworkbench.engine.dashboard.CategoryMonth;
import io.sparkworkbench.engine.dashboard.DashboardData;
import io.sparkworkbench.engine.dashboard.DashboardFilter;
import io.sparkworkbench.engine.dashboard.FunnelStep;
import io.sparkworkbench.engine.dashboard.Kpi;
import io.sparkworkbench.engine.dashboard.KpiCard;
import io.sparkworkbench.engine.dashboard.RankedItem;
import io.sparkworkbench.engine.dashboard.Section;
import io.sparkworkbench.engine.dashboard.SegmentRisk;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;

/** A fixed dashboard with names that need escaping, one chart whose producer has not run, and a ratio with no previous period. */
final class ReportFixtures {

    static final String NASTY_PRODUCT = "<script>alert(1)</script> & \"Co\"";

    private ReportFixtures() {
    }

    static DashboardData dashboard() {
        List<KpiCard> cards = List.of(
                new KpiCard(Kpi.REVENUE, 1_234_567.8, 1_000_000, new double[]{1, 2}, ""),
                new KpiCard(Kpi.ORDERS, 4_321, 4_500, new double[]{1, 2}, ""),
                new KpiCard(Kpi.AVERAGE_ORDER_VALUE, 285.71, 222.22, new double[]{1, 2}, ""),
                new KpiCard(Kpi.CONVERSION_RATE, 0.1234, Double.NaN, new double[]{0.1, 0.2}, "Sessions have no channel <all>"),
                new KpiCard(Kpi.ACTIVE_CUSTOMERS, 2_999, 3_100, new double[]{1, 2}, ""),
                new KpiCard(Kpi.REPEAT_RATE, 0.42, 0.40, new double[]{0.4, 0.42}, ""));
        List<CategoryMonth> revenue = List.of(
                new CategoryMonth(YearMonth.of(2024, 1), "Toys & <Games>", 1000.5),
                new CategoryMonth(YearMonth.of(2024, 2), "Toys & <Games>", 1500.25),
                new CategoryMonth(YearMonth.of(2024, 1), "Books", 700),
                new CategoryMonth(YearMonth.of(2024, 2), "Books", 650));
        List<FunnelStep> funnel = List.of(new FunnelStep("session", 900), new FunnelStep("product_view", 600),
                new FunnelStep("add_to_cart", 300), new FunnelStep("checkout", 200), new FunnelStep("purchase", 111));
        List<RankedItem> products = List.of(new RankedItem(7, NASTY_PRODUCT, 98_765.43), new RankedItem(8, "Plain lamp", 5_000));
        List<RankedItem> categories = List.of(new RankedItem(0, "Toys & <Games>", 2500.75), new RankedItem(0, "Books", 1350));
        Section<SegmentRisk> segments = Section.of(List.of(new SegmentRisk(0, "Bargain hunters", 1200, OptionalDouble.of(0.34)),
                new SegmentRisk(1, "Loyal", 800, OptionalDouble.of(0.08))));
        return new DashboardData(DashboardFilter.range(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).withChannel("web"), cards,
                revenue, funnel, products, categories, segments, "", Section.missing("Train a recommendation model first"), 0,
                Section.of(List.of(new RankedItem(3, "Community 3", 412), new RankedItem(5, "Community 5", 97))));
    }
}

package io.sparkworkbench.engine.dashboard;

import java.util.List;

/**
 * Everything the dashboard shows for one filter: plain, capped records only.
 *
 * @param cards        one per {@link Kpi}, in its order
 * @param revenue      revenue by month and category in the period
 * @param funnel       sessions reaching each clickstream step, in funnel order
 * @param topProducts  the best-selling products by revenue (at most {@link DashboardService#TOP_PRODUCTS})
 * @param categories   revenue by category, largest first
 * @param segments     active customers by segment with churn risk, when segments exist
 * @param recommend    the saved recommendation model against its baselines, when one is saved
 * @param communities  the largest graph communities, when the Graph tab found them
 */
public record DashboardData(DashboardFilter filter, List<KpiCard> cards, List<CategoryMonth> revenue,
                            List<FunnelStep> funnel, List<RankedItem> topProducts, List<RankedItem> categories,
                            Section<SegmentRisk> segments, String churnNote, Section<ModelQuality> recommend, int recommendK,
                            Section<RankedItem> communities) {

    public DashboardData {
        cards = List.copyOf(cards);
        revenue = List.copyOf(revenue);
        funnel = List.copyOf(funnel);
        topProducts = List.copyOf(topProducts);
        categories = List.copyOf(categories);
    }

    public KpiCard card(Kpi kpi) {
        return cards.stream().filter(c -> c.kpi() == kpi).findFirst().orElseThrow();
    }
}

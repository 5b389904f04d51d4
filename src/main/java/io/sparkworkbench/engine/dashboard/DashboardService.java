package io.sparkworkbench.engine.dashboard;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.to_date;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.ml.recommend.RecommendEvaluation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Dashboard tab's engine: the filter bar's choices, and for one {@link DashboardFilter} every KPI card and
 * chart, computed in Spark from the open data set's views (and from what the other tabs produced, when they have).
 */
public final class DashboardService {

    public static final int TOP_PRODUCTS = 10;
    static final List<String> REQUIRED_VIEWS = List.of("orders", "order_items", "products", "customers", "clickstream");
    static final int MAX_CHOICES = 300;

    private final SparkEngine engine;

    public DashboardService(SparkEngine engine) {
        this.engine = engine;
    }

    public EngineTask<FilterChoices> choices() {
        return engine.submit("Dashboard filters", DashboardService::choices);
    }

    /** @param datasetFolder the open data set (for its saved recommendation model); null when unknown */
    public EngineTask<DashboardData> compute(DashboardFilter filter, Path datasetFolder) {
        return engine.submit("Dashboard " + filter.from() + " to " + filter.to(),
                context -> compute(context, filter, Optional.ofNullable(datasetFolder)));
    }

    static FilterChoices choices(EngineContext context) {
        SparkSession spark = context.spark();
        requireViews(spark);
        Row range = spark.table("orders").agg(min(to_date(col("order_ts"))), max(to_date(col("order_ts")))).first();
        if (range.isNullAt(0)) {
            throw new EngineException("The orders table is empty: the dashboard has nothing to show");
        }
        LocalDate first = DashboardFrames.day(range.get(0));
        LocalDate last = DashboardFrames.day(range.get(1));
        List<String> countries = distinct(spark, "customers", "country");
        List<String> channels = distinct(spark, "orders", "channel");
        List<String> segments = DashboardFrames.hasView(spark, DashboardFrames.SEGMENTS_VIEW)
                ? distinct(spark, DashboardFrames.SEGMENTS_VIEW, "name") : List.of();
        return new FilterChoices(first, last, countries, channels, segments);
    }

    public static DashboardData compute(EngineContext context, DashboardFilter filter, Optional<Path> datasetFolder) {
        SparkSession spark = context.spark();
        requireViews(spark);
        return compute(context, new DashboardFrames(spark, filter), datasetFolder);
    }

    private static DashboardData compute(EngineContext context, DashboardFrames frames, Optional<Path> datasetFolder) {
        DashboardFilter filter = frames.filter();
        KpiQueries.Figures figures = KpiQueries.figures(frames);
        List<KpiCard> cards = KpiQueries.cards(frames, figures);
        List<FunnelStep> funnel = ChartQueries.funnel(KpiQueries.of(figures.sessions(), DashboardFrames.CURRENT));
        context.checkCancelled();
        ChartQueries.Sales sales = ChartQueries.sales(frames, TOP_PRODUCTS);
        context.checkCancelled();
        ContextSections.Segments segments = ContextSections.segments(context, frames);
        context.checkCancelled();
        Optional<RecommendEvaluation> saved = ContextSections.savedEvaluation(context.dataFolder(), datasetFolder);
        Section<RankedItem> communities = ContextSections.communities(context);
        return new DashboardData(filter, cards, sales.months(), funnel, sales.products(), sales.categories(), segments.section(),
                segments.churnNote(),
                ContextSections.recommendations(saved), saved.map(RecommendEvaluation::k).orElse(0), communities);
    }

    private static void requireViews(SparkSession spark) {
        List<String> missing = new ArrayList<>();
        for (String view : REQUIRED_VIEWS) {
            if (!DashboardFrames.hasView(spark, view)) {
                missing.add(view);
            }
        }
        if (!missing.isEmpty()) {
            throw new EngineException("The dashboard needs the e-commerce tables (missing: " + String.join(", ", missing)
                    + "): open or generate a data set on the Data tab first");
        }
    }

    private static List<String> distinct(SparkSession spark, String view, String column) {
        List<String> values = new ArrayList<>();
        for (Row row : spark.table(view).select(col(column)).where(col(column).isNotNull()).distinct()
                .orderBy(col(column)).limit(MAX_CHOICES).collectAsList()) {
            values.add(String.valueOf(row.get(0)));
        }
        return values;
    }
}

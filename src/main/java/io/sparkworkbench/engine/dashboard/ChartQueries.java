package io.sparkworkbench.engine.dashboard;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.grouping;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import scala.jdk.javaapi.CollectionConverters;

/** The charts computed from the filtered orders and sessions of the chosen period; each result is capped. */
final class ChartQueries {

    /** 24 months of 8 categories fit many times over; a custom category table could have more. */
    static final int MAX_REVENUE_POINTS = 2_000;
    static final int MAX_CATEGORIES = 20;
    static final int MAX_SEGMENTS = 50;
    /** The funnel's steps in order; "session" counts every session. */
    static final List<String> FUNNEL = List.of("session", "product_view", "add_to_cart", "checkout", "purchase");
    /** The grouping sets of {@link #sales}: revenue by month and category, by product, by category. */
    private static final int MONTHS = 0;
    private static final int PRODUCTS = 1;
    private static final int CATEGORIES = 2;

    private ChartQueries() {
    }

    /** The revenue by month and category, top products and categories of the period, from one Spark query. */
    record Sales(List<CategoryMonth> months, List<RankedItem> products, List<RankedItem> categories) {
    }

    /**
     * One query for the three sales charts: the period's line revenue summed by grouping sets ((month, category),
     * (product), (category)) in one aggregation, then each set capped by its rank in one window pass: two shuffles
     * in all, where an aggregation, sort and limit per chart cost a shuffle and a Spark job each.
     */
    static Sales sales(DashboardFrames frames, int topProducts) {
        Column month = col("month");
        Column category = col("category");
        Column product = col("product_id");
        Column productName = col("product_name");
        Dataset<Row> totals = lines(frames).withColumn("month", to_date(date_trunc("MONTH", col("order_date"))))
                .groupingSets(seq(seq(month, category), seq(product, productName), seq(category)), month, category, product, productName)
                .agg(sum(col("line_total")).as("revenue"), grouping(month).as("without_month"), grouping(product).as("without_product"))
                .withColumn("kind", when(col("without_month").equalTo(0), lit(MONTHS))
                        .when(col("without_product").equalTo(0), lit(PRODUCTS)).otherwise(lit(CATEGORIES)));
        WindowSpec byRevenue = Window.partitionBy(col("kind")).orderBy(col("revenue").desc(), product, category);
        WindowSpec byMonth = Window.partitionBy(col("kind")).orderBy(month, category);
        Dataset<Row> capped = totals.withColumn("by_revenue", row_number().over(byRevenue)).withColumn("by_month", row_number().over(byMonth))
                .where(col("kind").equalTo(MONTHS).and(col("by_month").leq(MAX_REVENUE_POINTS))
                        .or(col("kind").equalTo(PRODUCTS).and(col("by_revenue").leq(topProducts)))
                        .or(col("kind").equalTo(CATEGORIES).and(col("by_revenue").leq(MAX_CATEGORIES))))
                .select(col("kind"), month, when(col("kind").equalTo(PRODUCTS), productName).otherwise(category).as("name"),
                        product.as("id"), col("revenue"));
        List<CategoryMonth> monthRows = new ArrayList<>();
        List<RankedItem> productRows = new ArrayList<>();
        List<RankedItem> categoryRows = new ArrayList<>();
        for (Row row : capped.collectAsList()) {
            switch (row.getInt(0)) {
                case MONTHS -> monthRows.add(new CategoryMonth(YearMonth.from(DashboardFrames.day(row.get(1))), row.getString(2), row.getDouble(4)));
                case PRODUCTS -> productRows.add(new RankedItem(row.getLong(3), row.getString(2), row.getDouble(4)));
                default -> categoryRows.add(new RankedItem(-1, row.getString(2), row.getDouble(4)));
            }
        }
        // Collected rows come in no promised order: sort each chart as its rank did.
        monthRows.sort(java.util.Comparator.comparing(CategoryMonth::month).thenComparing(CategoryMonth::category));
        java.util.Comparator<RankedItem> largestFirst = java.util.Comparator.comparingDouble(RankedItem::value).reversed();
        productRows.sort(largestFirst.thenComparingLong(RankedItem::id));
        categoryRows.sort(largestFirst.thenComparing(RankedItem::name));
        return new Sales(monthRows, productRows, categoryRows);
    }

    /** The funnel from the chosen period's session figures ({@link KpiQueries#figures}). */
    static List<FunnelStep> funnel(double[] current) {
        List<FunnelStep> steps = new ArrayList<>();
        for (int i = 0; i < FUNNEL.size(); i++) {
            steps.add(new FunnelStep(FUNNEL.get(i), Math.round(current[i])));
        }
        return steps;
    }

    /** Active customers of the period per segment, with their mean churn probability when churn is scored. */
    static List<SegmentRisk> segments(DashboardFrames frames, boolean withChurn) {
        Dataset<Row> active = frames.currentOrders().select(col("customer_id")).distinct();
        Dataset<Row> segmented = active.join(frames.spark().table(DashboardFrames.SEGMENTS_VIEW)
                .select(col("customer_id"), col("segment"), col("name")), "customer_id");
        if (withChurn) {
            segmented = segmented.join(frames.spark().table(DashboardFrames.CHURN_VIEW)
                    .select(col("customer_id"), col("churn_probability")), "customer_id", "left");
        } else {
            segmented = segmented.withColumn("churn_probability", lit(null).cast("double"));
        }
        List<Row> rows = segmented.groupBy(col("segment"), col("name"))
                .agg(count(lit(1)).as("customers"), avg(col("churn_probability")).as("churn"))
                .orderBy(col("segment")).limit(MAX_SEGMENTS).collectAsList();
        List<SegmentRisk> segments = new ArrayList<>();
        for (Row row : rows) {
            OptionalDouble churn = row.isNullAt(3) ? OptionalDouble.empty() : OptionalDouble.of(row.getDouble(3));
            segments.add(new SegmentRisk(((Number) row.get(0)).intValue(), row.getString(1), row.getLong(2), churn));
        }
        return segments;
    }

    @SafeVarargs
    private static <T> scala.collection.immutable.Seq<T> seq(T... items) {
        return CollectionConverters.asScala(List.of(items)).toList();
    }

    /** Lines of the period's orders with their product: product_id, product_name, category, line_total, order_date. */
    private static Dataset<Row> lines(DashboardFrames frames) {
        Dataset<Row> orders = frames.currentOrders().select(col("order_id"), col("order_date"));
        Dataset<Row> items = frames.spark().table("order_items")
                .select(col("order_id"), col("product_id"), col("line_total").cast("double").as("line_total"));
        Dataset<Row> products = frames.spark().table("products")
                .select(col("product_id"), col("name").as("product_name"), col("category"));
        return orders.join(items, "order_id").join(products, "product_id");
    }
}

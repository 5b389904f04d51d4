package io.sparkworkbench.engine.dashboard;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The charts computed from the filtered orders and sessions of the chosen period; each result is capped. */
final class ChartQueries {

    /** 24 months of 8 categories fit many times over; a custom category table could have more. */
    static final int MAX_REVENUE_POINTS = 2_000;
    static final int MAX_CATEGORIES = 20;
    static final int MAX_SEGMENTS = 50;
    /** The funnel's steps in order; "session" counts every session. */
    static final List<String> FUNNEL = List.of("session", "product_view", "add_to_cart", "checkout", "purchase");

    private ChartQueries() {
    }

    /** The revenue by month and category, top products and categories of the period, from one Spark query. */
    record Sales(List<CategoryMonth> months, List<RankedItem> products, List<RankedItem> categories) {
    }

    /**
     * One query for the three sales charts: the period's revenue per month and product, summed three ways and
     * unioned (Spark reuses the shared aggregation's shuffle), each branch sorted and capped.
     */
    static Sales sales(DashboardFrames frames, int topProducts) {
        Dataset<Row> productMonths = lines(frames).groupBy(to_date(date_trunc("MONTH", col("order_date"))).as("month"),
                        col("product_id"), col("product_name"), col("category"))
                .agg(sum(col("line_total")).as("line_total"));
        Dataset<Row> months = productMonths.groupBy(col("month"), col("category")).agg(sum(col("line_total")).as("revenue"))
                .orderBy(col("month"), col("category")).limit(MAX_REVENUE_POINTS)
                .select(lit(0).as("kind"), col("month"), col("category").as("name"), lit(-1L).as("id"), col("revenue"));
        Dataset<Row> products = productMonths.groupBy(col("product_id"), col("product_name")).agg(sum(col("line_total")).as("revenue"))
                .orderBy(col("revenue").desc(), col("product_id")).limit(topProducts)
                .select(lit(1).as("kind"), lit(null).cast("date").as("month"), col("product_name").as("name"), col("product_id").as("id"),
                        col("revenue"));
        Dataset<Row> categories = productMonths.groupBy(col("category")).agg(sum(col("line_total")).as("revenue"))
                .orderBy(col("revenue").desc(), col("category")).limit(MAX_CATEGORIES)
                .select(lit(2).as("kind"), lit(null).cast("date").as("month"), col("category").as("name"), lit(-1L).as("id"),
                        col("revenue"));
        List<CategoryMonth> monthRows = new ArrayList<>();
        List<RankedItem> productRows = new ArrayList<>();
        List<RankedItem> categoryRows = new ArrayList<>();
        for (Row row : months.unionAll(products).unionAll(categories).collectAsList()) {
            switch (row.getInt(0)) {
                case 0 -> monthRows.add(new CategoryMonth(YearMonth.from(DashboardFrames.day(row.get(1))), row.getString(2), row.getDouble(4)));
                case 1 -> productRows.add(new RankedItem(row.getLong(3), row.getString(2), row.getDouble(4)));
                default -> categoryRows.add(new RankedItem(-1, row.getString(2), row.getDouble(4)));
            }
        }
        // A union's order across its branches is not promised: sort each as its branch did.
        monthRows.sort(java.util.Comparator.comparing(CategoryMonth::month).thenComparing(CategoryMonth::category));
        java.util.Comparator<RankedItem> largestFirst = java.util.Comparator.comparingDouble(RankedItem::value).reversed();
        productRows.sort(largestFirst.thenComparingLong(RankedItem::id));
        categoryRows.sort(largestFirst.thenComparing(RankedItem::name));
        return new Sales(monthRows, productRows, categoryRows);
    }

    /** The funnel from the chosen period's session figures ({@link KpiQueries#sessionFigures}). */
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

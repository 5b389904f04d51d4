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

    /**
     * The period's revenue per month and product (with its name and category), cached: the revenue, product and
     * category charts all read it. At most months × products rows; the caller unpersists it.
     */
    static Dataset<Row> productMonths(DashboardFrames frames) {
        return lines(frames).groupBy(to_date(date_trunc("MONTH", col("order_date"))).as("month"), col("product_id"),
                        col("product_name"), col("category"))
                .agg(sum(col("line_total")).as("line_total"))
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    }

    static List<CategoryMonth> revenueByMonth(Dataset<Row> productMonths) {
        List<Row> rows = productMonths.groupBy(col("month"), col("category"))
                .agg(sum(col("line_total")).as("revenue"))
                .orderBy(col("month"), col("category")).limit(MAX_REVENUE_POINTS).collectAsList();
        List<CategoryMonth> points = new ArrayList<>();
        for (Row row : rows) {
            points.add(new CategoryMonth(YearMonth.from(DashboardFrames.day(row.get(0))), row.getString(1), row.getDouble(2)));
        }
        return points;
    }

    static List<RankedItem> topProducts(Dataset<Row> productMonths, int limit) {
        List<Row> rows = productMonths.groupBy(col("product_id"), col("product_name"))
                .agg(sum(col("line_total")).as("revenue"))
                .orderBy(col("revenue").desc(), col("product_id")).limit(limit).collectAsList();
        List<RankedItem> items = new ArrayList<>();
        for (Row row : rows) {
            items.add(new RankedItem(row.getLong(0), row.getString(1), row.getDouble(2)));
        }
        return items;
    }

    static List<RankedItem> categories(Dataset<Row> productMonths) {
        List<Row> rows = productMonths.groupBy(col("category")).agg(sum(col("line_total")).as("revenue"))
                .orderBy(col("revenue").desc(), col("category")).limit(MAX_CATEGORIES).collectAsList();
        List<RankedItem> items = new ArrayList<>();
        for (Row row : rows) {
            items.add(new RankedItem(-1, row.getString(0), row.getDouble(1)));
        }
        return items;
    }

    static List<FunnelStep> funnel(DashboardFrames frames) {
        Dataset<Row> sessions = frames.sessions().where(col("period").equalTo(DashboardFrames.CURRENT));
        Row row = sessions.agg(count(lit(1)), sum(col("product_view")), sum(col("add_to_cart")), sum(col("checkout")),
                sum(col("purchase"))).first();
        List<FunnelStep> steps = new ArrayList<>();
        for (int i = 0; i < FUNNEL.size(); i++) {
            steps.add(new FunnelStep(FUNNEL.get(i), row.isNullAt(i) ? 0 : ((Number) row.get(i)).longValue()));
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

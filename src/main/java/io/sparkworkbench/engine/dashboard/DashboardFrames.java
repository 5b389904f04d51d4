package io.sparkworkbench.engine.dashboard;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import io.sparkworkbench.engine.EngineException;
import java.sql.Date;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The filtered facts every card and chart reads: orders that count (not cancelled or returned) and clickstream
 * sessions, each restricted to the chosen period and the previous one and tagged with {@code period}
 * ({@value #CURRENT} or {@value #PREVIOUS}) and its sparkline {@code bucket}. They are not cached: each is read by
 * one or two queries per refresh, and under adaptive execution building a cache is a Spark job of its own in every
 * query that reads it, which costs more than filtering the files again (ADR 0050).
 */
final class DashboardFrames {

    static final String CURRENT = "current";
    static final String PREVIOUS = "previous";
    static final String SEGMENTS_VIEW = "customer_segments";
    static final String CHURN_VIEW = "customer_churn";

    private final SparkSession spark;
    private final DashboardFilter filter;
    private final SparkBuckets buckets;

    DashboardFrames(SparkSession spark, DashboardFilter filter) {
        this.spark = spark;
        this.filter = filter;
        this.buckets = new SparkBuckets(filter);
    }

    SparkBuckets buckets() {
        return buckets;
    }

    DashboardFilter filter() {
        return filter;
    }

    SparkSession spark() {
        return spark;
    }

    /** order_id, customer_id, order_date, amount (double), period, bucket: both periods. */
    Dataset<Row> orders() {
        Dataset<Row> orders = spark.table("orders")
                .where(col("status").isin("cancelled", "returned").unary_$bang())
                .withColumn("order_date", to_date(col("order_ts")))
                .where(inBothPeriods(col("order_date")));
        if (filter.channel().isPresent()) {
            orders = orders.where(col("channel").equalTo(lit(filter.channel().get())));
        }
        orders = keepFilteredCustomers(orders, "customer_id");
        return orders.select(col("order_id"), col("customer_id"), col("order_date"),
                col("total_amount").cast("double").as("amount"), period(col("order_date")), buckets.bucketOf(col("order_date")).as("bucket"));
    }

    /** Orders of the chosen period only. */
    Dataset<Row> currentOrders() {
        return orders().where(col("period").equalTo(CURRENT));
    }

    /**
     * One row per clickstream session that started in either period: session_id, customer_id (null when anonymous),
     * a flag per funnel step, period, bucket. A country or segment filter keeps only sessions of matching customers.
     */
    Dataset<Row> sessions() {
        Dataset<Row> events = spark.table("clickstream");
        Dataset<Row> sessions = events.groupBy(col("session_id")).agg(
                to_date(min(col("event_ts"))).as("session_date"),
                max(col("customer_id")).as("customer_id"),
                flag("product_view"), flag("add_to_cart"), flag("checkout"), flag("purchase"))
                .where(inBothPeriods(col("session_date")));
        sessions = keepFilteredCustomers(sessions, "customer_id");
        return sessions.withColumn("period", period(col("session_date")))
                .withColumn("bucket", buckets.bucketOf(col("session_date")));
    }

    /** A date Spark returned: LocalDate with the Java 8 time API on (the app's setting), java.sql.Date without. */
    static java.time.LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (java.time.LocalDate) value;
    }

    static boolean hasView(SparkSession spark, String view) {
        return spark.catalog().tableExists(view);
    }

    private static Column flag(String eventType) {
        return max(when(col("event_type").equalTo(eventType), 1).otherwise(0)).as(eventType);
    }

    private Column inBothPeriods(Column date) {
        return date.between(lit(Date.valueOf(filter.previousFrom())), lit(Date.valueOf(filter.to())));
    }

    private Column period(Column date) {
        return when(date.geq(lit(Date.valueOf(filter.from()))), lit(CURRENT)).otherwise(lit(PREVIOUS)).as("period");
    }

    /** Rows whose customer is in the chosen country and segment (a semi join); all rows without such a filter. */
    private Dataset<Row> keepFilteredCustomers(Dataset<Row> rows, String customerColumn) {
        Optional<Dataset<Row>> customers = filteredCustomers();
        if (customers.isEmpty()) {
            return rows;
        }
        return rows.join(customers.get(), rows.col(customerColumn).equalTo(customers.get().col("filter_customer_id")), "left_semi");
    }

    private Optional<Dataset<Row>> filteredCustomers() {
        Dataset<Row> customers = null;
        if (filter.country().isPresent()) {
            customers = spark.table("customers").where(col("country").equalTo(lit(filter.country().get())))
                    .select(col("customer_id").as("filter_customer_id"));
        }
        if (filter.segment().isPresent()) {
            if (!hasView(spark, SEGMENTS_VIEW)) {
                throw new EngineException("The segment filter needs customer segments: train a segmentation model on the Segments tab first");
            }
            Dataset<Row> inSegment = spark.table(SEGMENTS_VIEW).where(col("name").equalTo(lit(filter.segment().get())))
                    .select(col("customer_id").as("filter_customer_id"));
            customers = customers == null ? inSegment : customers.join(inSegment, "filter_customer_id");
        }
        return Optional.ofNullable(customers);
    }
}

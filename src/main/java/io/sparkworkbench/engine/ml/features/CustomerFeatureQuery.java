package io.sparkworkbench.engine.ml.features;

import io.sparkworkbench.engine.EngineException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The SQL of {@code customer_features} over the open data set's views: one row per customer with every
 * {@link CustomerFeature} its tables allow. With a cut-off date only what happened before it counts and
 * the reference date is the cut-off (so the churn model cannot see its own label); without one the
 * reference is the day after the last order.
 */
public final class CustomerFeatureQuery {

    private static final List<String> REQUIRED = List.of("customers", "orders");

    private final SparkSession spark;
    private final Optional<LocalDate> cutoff;

    public CustomerFeatureQuery(SparkSession spark, Optional<LocalDate> cutoff) {
        this.spark = spark;
        this.cutoff = cutoff;
    }

    /** The features the open data set's tables allow. */
    public List<CustomerFeature> available() {
        Set<CustomerFeature.Source> sources = EnumSet.of(CustomerFeature.Source.CUSTOMERS, CustomerFeature.Source.ORDERS);
        if (has("order_items") && has("products")) {
            sources.add(CustomerFeature.Source.ORDER_ITEMS);
        }
        if (has("clickstream")) {
            sources.add(CustomerFeature.Source.CLICKSTREAM);
        }
        if (has("reviews")) {
            sources.add(CustomerFeature.Source.REVIEWS);
        }
        List<CustomerFeature> out = new ArrayList<>();
        for (CustomerFeature f : CustomerFeature.values()) {
            if (sources.contains(f.source())) {
                out.add(f);
            }
        }
        return out;
    }

    public Dataset<Row> build() {
        List<String> missing = REQUIRED.stream().filter(t -> !has(t)).toList();
        if (!missing.isEmpty()) {
            throw new EngineException("Customer features need the tables customers and orders of an open data set; missing: "
                    + String.join(", ", missing) + ". Open a data set in the Data tab first.");
        }
        return spark.sql(sql(available()));
    }

    String sql(List<CustomerFeature> features) {
        Set<CustomerFeature.Source> sources = features.stream().map(CustomerFeature::source).collect(Collectors.toSet());
        String before = cutoff.map(d -> " < DATE'" + d + "'").orElse(" IS NOT NULL");
        String reference = cutoff.map(d -> "DATE'" + d + "'")
                .orElse("(SELECT date_add(to_date(max(order_ts)), 1) FROM orders)");
        StringBuilder sql = new StringBuilder("WITH o AS (SELECT order_id, customer_id, order_ts, status, total_amount, discount"
                + " FROM orders WHERE order_ts" + before + "),\n")
                .append("ord AS (SELECT customer_id, count(*) AS placed,"
                        + " sum(CASE WHEN status IN ('cancelled', 'returned') THEN 1 ELSE 0 END) AS undone,"
                        + " sum(CASE WHEN status IN ('cancelled', 'returned') THEN 0 ELSE total_amount END) AS kept_amount,"
                        + " sum(CASE WHEN status IN ('cancelled', 'returned') THEN 0 ELSE 1 END) AS kept,"
                        + " sum(CASE WHEN discount > 0 THEN 1 ELSE 0 END) AS discounted,"
                        + " max(order_ts) AS last_order FROM o GROUP BY customer_id)");
        if (sources.contains(CustomerFeature.Source.ORDER_ITEMS)) {
            sql.append(",\ncat AS (SELECT o.customer_id, count(DISTINCT p.category) AS categories FROM o"
                    + " JOIN order_items i ON i.order_id = o.order_id JOIN products p ON p.product_id = i.product_id"
                    + " GROUP BY o.customer_id)");
        }
        if (sources.contains(CustomerFeature.Source.CLICKSTREAM)) {
            sql.append(",\nses AS (SELECT customer_id, session_id, max(CASE WHEN event_type = 'add_to_cart' THEN 1 ELSE 0 END) AS carted,"
                    + " max(CASE WHEN event_type = 'purchase' THEN 1 ELSE 0 END) AS bought FROM clickstream"
                    + " WHERE customer_id IS NOT NULL AND event_ts" + before + " GROUP BY customer_id, session_id),\n")
                    .append("clk AS (SELECT customer_id, count(*) AS sessions, sum(carted) AS carted,"
                            + " sum(CASE WHEN carted = 1 AND bought = 0 THEN 1 ELSE 0 END) AS abandoned FROM ses GROUP BY customer_id)");
        }
        if (sources.contains(CustomerFeature.Source.REVIEWS)) {
            sql.append(",\nrev AS (SELECT customer_id, avg(rating) AS rating FROM reviews WHERE review_ts" + before
                    + " GROUP BY customer_id),\nall_rev AS (SELECT avg(rating) AS rating FROM reviews WHERE review_ts" + before + ")");
        }
        sql.append("\nSELECT c.customer_id");
        for (CustomerFeature f : features) {
            sql.append(",\n  CAST(").append(expression(f, reference)).append(" AS DOUBLE) AS ").append(f.column());
        }
        sql.append("\nFROM customers c LEFT JOIN ord ON ord.customer_id = c.customer_id");
        if (sources.contains(CustomerFeature.Source.ORDER_ITEMS)) {
            sql.append(" LEFT JOIN cat ON cat.customer_id = c.customer_id");
        }
        if (sources.contains(CustomerFeature.Source.CLICKSTREAM)) {
            sql.append(" LEFT JOIN clk ON clk.customer_id = c.customer_id");
        }
        if (sources.contains(CustomerFeature.Source.REVIEWS)) {
            sql.append(" LEFT JOIN rev ON rev.customer_id = c.customer_id CROSS JOIN all_rev");
        }
        cutoff.ifPresent(d -> sql.append("\nWHERE c.signup_date < DATE'").append(d).append("'"));
        return sql.toString();
    }

    private static String expression(CustomerFeature feature, String reference) {
        return switch (feature) {
            case RECENCY_DAYS -> "datediff(" + reference + ", coalesce(to_date(ord.last_order), c.signup_date))";
            case FREQUENCY -> "coalesce(ord.placed, 0)";
            case MONETARY -> "coalesce(ord.kept_amount, 0)";
            case AVG_ORDER_VALUE -> "coalesce(ord.kept_amount / nullif(ord.kept, 0), 0)";
            case DISTINCT_CATEGORIES -> "coalesce(cat.categories, 0)";
            case TENURE_DAYS -> "greatest(datediff(" + reference + ", c.signup_date), 0)";
            case CANCEL_RETURN_RATE -> "coalesce(ord.undone / nullif(ord.placed, 0), 0)";
            case DISCOUNT_SHARE -> "coalesce(ord.discounted / nullif(ord.placed, 0), 0)";
            case SESSIONS -> "coalesce(clk.sessions, 0)";
            case CART_ABANDON_RATE -> "coalesce(clk.abandoned / nullif(clk.carted, 0), 0)";
            case AVG_RATING -> "coalesce(rev.rating, all_rev.rating, 0)";
        };
    }

    private boolean has(String table) {
        return spark.catalog().tableExists(table);
    }
}

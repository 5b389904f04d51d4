package io.sparkworkbench.engine.pipeline;

import io.sparkworkbench.engine.EngineException;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code tables} step: the cleaned order fact joined to its dimensions, and the daily KPIs and per-product
 * figures aggregated from it, registered as views (columns in docs/data-model.md, "Pipeline tables"). Cleaned
 * means cancelled and returned orders are left out: they earned nothing, so they count in no revenue figure.
 */
final class AnalyticsTables {

    static final String ORDER_FACT = "order_fact";
    static final String DAILY_KPIS = "daily_kpis";
    static final String PRODUCT_PERFORMANCE = "product_performance";
    private static final List<String> REQUIRED = List.of("orders", "order_items", "products", "customers");

    private AnalyticsTables() {
    }

    static void register(SparkSession spark) {
        for (String table : REQUIRED) {
            if (!spark.catalog().tableExists(table)) {
                throw new EngineException("The data set has no " + table + " table: the analytics tables need orders, order_items,"
                        + " products and customers");
            }
        }
        spark.sql("""
                SELECT o.order_id, i.line_no, o.order_ts, CAST(o.order_ts AS DATE) AS order_date, o.status, o.channel,
                       o.payment_method, o.discount, o.customer_id, c.country, c.loyalty_tier, c.signup_date,
                       i.product_id, p.category, p.brand, i.quantity, i.unit_price, i.line_total,
                       CAST(p.cost * i.quantity AS DECIMAL(14,2)) AS line_cost,
                       CAST(i.line_total - p.cost * i.quantity AS DECIMAL(14,2)) AS line_margin
                FROM orders o
                JOIN order_items i ON i.order_id = o.order_id
                LEFT JOIN products p ON p.product_id = i.product_id
                LEFT JOIN customers c ON c.customer_id = o.customer_id
                WHERE o.status NOT IN ('cancelled', 'returned')
                """).createOrReplaceTempView(ORDER_FACT);
        spark.sql("""
                SELECT order_date AS day, COUNT(DISTINCT order_id) AS orders, SUM(line_total) AS revenue,
                       CAST(SUM(line_total) / COUNT(DISTINCT order_id) AS DECIMAL(12,2)) AS average_order_value,
                       COUNT(DISTINCT customer_id) AS customers, SUM(quantity) AS units, SUM(line_margin) AS margin
                FROM order_fact
                GROUP BY order_date
                """).createOrReplaceTempView(DAILY_KPIS);
        boolean reviews = spark.catalog().tableExists("reviews");
        String ratings = reviews
                ? "SELECT product_id, COUNT(*) AS reviews, CAST(AVG(rating) AS DOUBLE) AS average_rating FROM reviews GROUP BY product_id"
                : "SELECT CAST(NULL AS BIGINT) AS product_id, CAST(0 AS BIGINT) AS reviews, CAST(NULL AS DOUBLE) AS average_rating WHERE false";
        spark.sql("""
                WITH sold AS (
                    SELECT product_id, COUNT(DISTINCT order_id) AS orders, SUM(quantity) AS units, SUM(line_total) AS revenue,
                           SUM(line_margin) AS margin, COUNT(DISTINCT customer_id) AS customers
                    FROM order_fact GROUP BY product_id),
                rated AS (%s)
                SELECT p.product_id, p.name, p.category, p.brand, p.price,
                       COALESCE(s.orders, 0) AS orders, COALESCE(s.units, 0) AS units,
                       COALESCE(s.revenue, CAST(0 AS DECIMAL(22,2))) AS revenue, COALESCE(s.margin, CAST(0 AS DECIMAL(24,2))) AS margin,
                       COALESCE(s.customers, 0) AS customers, COALESCE(r.reviews, 0) AS reviews, r.average_rating
                FROM products p
                LEFT JOIN sold s ON s.product_id = p.product_id
                LEFT JOIN rated r ON r.product_id = p.product_id
                """.formatted(ratings)).createOrReplaceTempView(PRODUCT_PERFORMANCE);
    }
}

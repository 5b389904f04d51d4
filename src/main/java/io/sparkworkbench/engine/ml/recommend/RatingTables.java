package io.sparkworkbench.engine.ml.recommend;

import io.sparkworkbench.engine.EngineException;
import java.util.EnumSet;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The open data set's tables as the recommender reads them: which rating sources they allow, the rating
 * events of each source, every purchase, and the products. Views are the tables the Data tab registered.
 */
final class RatingTables {

    static final String CUSTOMER = "customer_id";
    static final String PRODUCT = "product_id";
    static final String RATING = "rating";
    static final String TS = "ts";
    static final String WEIGHT = "weight";
    static final String PURCHASE = "purchase";

    private final SparkSession spark;

    RatingTables(SparkSession spark) {
        this.spark = spark;
    }

    Set<RatingSource> sources() {
        Set<RatingSource> sources = EnumSet.noneOf(RatingSource.class);
        if (exists("reviews") && !spark.table("reviews").isEmpty()) {
            sources.add(RatingSource.EXPLICIT_REVIEWS);
        }
        if (hasPurchases()) {
            sources.add(RatingSource.IMPLICIT_EVENTS);
        }
        return sources;
    }

    /**
     * Implicit events, one row per purchased line or clickstream event of a known customer and product:
     * customer_id, product_id, weight (the form's weight for its kind), ts, purchase (true for order lines).
     * Clickstream's own "purchase" events are not counted: they create no order (docs/data-model.md), and
     * the order lines already count every purchase.
     */
    Dataset<Row> implicitEvents(ImplicitWeights weights) {
        if (!hasPurchases()) {
            throw new EngineException("Implicit ratings need the tables orders and order_items (with rows) of an open data set;"
                    + " open one in the Data tab first");
        }
        Dataset<Row> events = spark.sql("SELECT o.customer_id, i.product_id, CAST(" + weights.purchase() + " AS DOUBLE) AS weight,"
                + " o.order_ts AS ts, true AS purchase FROM order_items i JOIN orders o ON o.order_id = i.order_id"
                + " WHERE o.customer_id IS NOT NULL AND i.product_id IS NOT NULL AND o.order_ts IS NOT NULL");
        if (exists("clickstream") && weights.view() + weights.cart() > 0) {
            events = events.unionByName(spark.sql("SELECT customer_id, product_id, CAST(CASE event_type WHEN 'add_to_cart' THEN "
                    + weights.cart() + " ELSE " + weights.view() + " END AS DOUBLE) AS weight, event_ts AS ts, false AS purchase"
                    + " FROM clickstream WHERE customer_id IS NOT NULL AND product_id IS NOT NULL AND event_ts IS NOT NULL"
                    + " AND event_type IN ('product_view', 'add_to_cart')"));
        }
        return events;
    }

    /** Review ratings: customer_id, product_id, rating (double), ts. */
    Dataset<Row> reviews() {
        if (!exists("reviews")) {
            throw new EngineException("Explicit ratings need the table reviews of an open data set; open one in the Data tab first");
        }
        return spark.sql("SELECT customer_id, product_id, CAST(rating AS DOUBLE) AS rating, review_ts AS ts FROM reviews"
                + " WHERE customer_id IS NOT NULL AND product_id IS NOT NULL AND rating IS NOT NULL AND review_ts IS NOT NULL");
    }

    /**
     * Every purchased line as (customer_id, product_id), not distinct: order lines when the data set has
     * orders, otherwise its reviews (a review is written for a purchase).
     */
    Dataset<Row> purchasedLines() {
        if (hasPurchases()) {
            return spark.sql("SELECT o.customer_id, i.product_id FROM order_items i JOIN orders o ON o.order_id = i.order_id"
                    + " WHERE o.customer_id IS NOT NULL AND i.product_id IS NOT NULL");
        }
        if (exists("reviews")) {
            return spark.sql("SELECT customer_id, product_id FROM reviews WHERE customer_id IS NOT NULL AND product_id IS NOT NULL");
        }
        throw new EngineException("Neither orders with order_items nor reviews are open: nothing says what customers bought");
    }

    /** Every product's id and category; fails naming the table when products is not open. */
    Dataset<Row> products() {
        if (!exists("products")) {
            throw new EngineException("Recommendations need the table products of an open data set; open one in the Data tab first");
        }
        return spark.sql("SELECT product_id, coalesce(category, '(none)') AS category FROM products WHERE product_id IS NOT NULL");
    }

    private boolean hasPurchases() {
        return exists("orders") && exists("order_items") && !spark.table("order_items").isEmpty();
    }

    private boolean exists(String table) {
        return spark.catalog().tableExists(table);
    }
}

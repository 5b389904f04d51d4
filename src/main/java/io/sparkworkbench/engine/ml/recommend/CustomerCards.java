package io.sparkworkbench.engine.ml.recommend;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * One customer's card in two small Spark queries, each filtering by the customer id before any join: the
 * profile with the order totals and the segment, then the newest purchased lines with their total count.
 *
 * <p>{@code orders} and {@code spend} count the orders kept, neither cancelled nor returned, and their
 * {@code total_amount}: the same figures the Segments tab's frequency and monetary features use. The history
 * lists every purchased line whatever the order's status (what the recommender treats as bought), newest order
 * first; a line's rating is the customer's newest review of that product, empty when they wrote none or the
 * data set has no {@code reviews}.
 */
final class CustomerCards {

    static final String NO_SEGMENTS = "Train a segmentation model in the Segments tab to see this customer's segment";
    static final String NOT_SEGMENTED = "The current segmentation has no segment for this customer";
    private static final String PURPOSE = "customer card";

    private final EngineContext context;
    private final SparkSession spark;
    private final ServingTables tables;

    CustomerCards(EngineContext context) {
        this.context = context;
        this.spark = context.spark();
        this.tables = new ServingTables(spark);
    }

    CustomerCard card(long customerId, int historyLimit) {
        if (historyLimit < 0) {
            throw new IllegalArgumentException("The history limit must be 0 or more, not " + historyLimit);
        }
        tables.require(ServingTables.CUSTOMERS, PURPOSE, "customer_id", "name", "email", "country", "city", "signup_date", "loyalty_tier");
        tables.require(ServingTables.ORDERS, PURPOSE, "order_id", "customer_id", "order_ts", "status", "total_amount");
        tables.require(ServingTables.ORDER_ITEMS, PURPOSE, "order_id", "product_id", "quantity");
        tables.require(ServingTables.PRODUCTS, PURPOSE, "product_id", "name", "category", "brand", "price");
        boolean segmented = tables.usable(ServingTables.SEGMENTS, "customer_id", "name");

        context.checkCancelled();
        List<Row> profile = spark.sql(profileQuery(customerId, segmented)).collectAsList();
        if (profile.isEmpty()) {
            throw new EngineException("No customer " + customerId + " in this data set");
        }
        Row p = profile.get(0);
        CustomerHit hit = new CustomerHit(p.getLong(0), orEmpty(p, 1), orEmpty(p, 2), orEmpty(p, 3));
        Optional<String> segment = segmented && !p.isNullAt(9) ? Optional.of(p.getString(9)) : Optional.empty();
        String note = segment.isPresent() ? "" : segmented ? NOT_SEGMENTED : NO_SEGMENTS;
        double spend = p.isNullAt(8) ? 0 : ((Number) p.get(8)).doubleValue();

        context.checkCancelled();
        List<HistoryLine> history = new ArrayList<>();
        long[] lines = {0};
        boolean rated = tables.usable(ServingTables.REVIEWS, "customer_id", "product_id", "rating", "review_ts");
        LocalRows.forEach(context, spark.sql(historyQuery(customerId, Math.max(1, historyLimit), rated)), row -> {
            lines[0] = row.getLong(8);
            if (history.size() < historyLimit) {
                ProductInfo product = new ProductInfo(row.getLong(0), row.getString(1), row.getString(2), row.getString(3), row.getDouble(4));
                LocalDate day = row.isNullAt(5) ? null : row.getLocalDate(5);
                history.add(new HistoryLine(product, day, row.isNullAt(6) ? 0 : row.getInt(6),
                        row.isNullAt(7) ? OptionalInt.empty() : OptionalInt.of(row.getInt(7))));
            }
        });
        return new CustomerCard(hit, orEmpty(p, 4), p.isNullAt(5) ? null : p.getLocalDate(5), orEmpty(p, 6), segment, note,
                p.getLong(7), spend, history, lines[0]);
    }

    private static String profileQuery(long id, boolean segmented) {
        return "SELECT CAST(c.customer_id AS BIGINT), CAST(c.name AS STRING), CAST(c.email AS STRING), CAST(c.country AS STRING),"
                + " CAST(c.city AS STRING), try_cast(c.signup_date AS DATE), CAST(c.loyalty_tier AS STRING), o.kept, o.spend, "
                + (segmented ? "s.segment" : "CAST(NULL AS STRING)")
                + " FROM (SELECT * FROM customers WHERE customer_id = " + id + " LIMIT 1) c"
                + " CROSS JOIN (SELECT count(*) AS kept, sum(total_amount) AS spend FROM orders WHERE customer_id = " + id
                + " AND coalesce(status, '') NOT IN ('cancelled', 'returned')) o"
                + (segmented ? " CROSS JOIN (SELECT max(CAST(name AS STRING)) AS segment FROM customer_segments WHERE customer_id = "
                + id + ") s" : "");
    }

    private static String historyQuery(long id, int limit, boolean rated) {
        // The customer's orders, reviews and the products are small: broadcast them so order_items is scanned once, unshuffled.
        return "SELECT /*+ BROADCAST(o, p" + (rated ? ", r" : "") + ") */ CAST(i.product_id AS BIGINT), coalesce(CAST(p.name AS STRING), concat('Product ', i.product_id)),"
                + " coalesce(CAST(p.category AS STRING), ''), coalesce(CAST(p.brand AS STRING), ''), coalesce(CAST(p.price AS DOUBLE), 0D),"
                + " to_date(o.order_ts), CAST(i.quantity AS INT), " + (rated ? "r.rating" : "CAST(NULL AS INT)") + ", count(*) OVER ()"
                + " FROM (SELECT order_id, order_ts FROM orders WHERE customer_id = " + id + ") o"
                + " JOIN order_items i ON i.order_id = o.order_id"
                + " LEFT JOIN products p ON p.product_id = i.product_id"
                + (rated ? " LEFT JOIN (SELECT product_id, CAST(max_by(rating, review_ts) AS INT) AS rating FROM reviews"
                + " WHERE customer_id = " + id + " AND rating IS NOT NULL GROUP BY product_id) r ON r.product_id = i.product_id" : "")
                + " ORDER BY o.order_ts DESC NULLS LAST, o.order_id DESC, i.product_id LIMIT " + limit;
    }

    private static String orEmpty(Row row, int i) {
        return row.isNullAt(i) ? "" : row.getString(i);
    }
}

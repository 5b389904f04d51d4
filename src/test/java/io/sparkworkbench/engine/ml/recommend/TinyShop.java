package io.sparkworkbench.engine.ml.recommend;

import io.sparkworkbench.engine.ml.DatasetKey;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.apache.spark.sql.SparkSession;

/**
 * A hand-made shop registered as the session's views (replacing any open data set; tests that need the
 * generated data open it again): orders, order_items and products, with no clickstream and no reviews unless asked.
 */
final class TinyShop {

    private TinyShop() {
    }

    /** {@code orders} rows are "order_id, customer_id, 'yyyy-MM-dd'"; {@code lines} "order_id, product_id"; products 1..{@code products}. */
    static DatasetKey register(SparkSession spark, List<String> orders, List<String> lines, int products) {
        for (String view : List.of("clickstream", "reviews", "orders", "order_items", "products", RecommendService.VIEW)) {
            spark.catalog().dropTempView(view);
        }
        spark.sql("SELECT order_id, customer_id, CAST(day AS TIMESTAMP) AS order_ts, 'delivered' AS status FROM VALUES "
                + String.join(", ", orders.stream().map(o -> "(" + o + ")").toList()) + " AS t(order_id, customer_id, day)")
                .createOrReplaceTempView("orders");
        spark.sql("SELECT order_id, CAST(row_number() OVER (PARTITION BY order_id ORDER BY product_id) AS INT) AS line_no, product_id,"
                + " 1 AS quantity FROM VALUES " + String.join(", ", lines.stream().map(l -> "(" + l + ")").toList())
                + " AS t(order_id, product_id)").createOrReplaceTempView("order_items");
        spark.sql("SELECT id AS product_id, concat('Category ', CAST(id % 2 AS STRING)) AS category FROM range(1, " + (products + 1) + ")")
                .createOrReplaceTempView("products");
        return new DatasetKey(Path.of("/tmp/tiny-shop"), "tiny-" + System.nanoTime(), OptionalLong.empty(), OptionalLong.empty());
    }

    static void reviews(SparkSession spark, List<String> rows) {
        spark.sql("SELECT customer_id, product_id, rating, CAST(day AS TIMESTAMP) AS review_ts FROM VALUES "
                + String.join(", ", rows.stream().map(r -> "(" + r + ")").toList()) + " AS t(customer_id, product_id, rating, day)")
                .createOrReplaceTempView("reviews");
    }
}

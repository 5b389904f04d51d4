package io.sparkworkbench.engine.stream.source;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.sparkworkbench.engine.EngineException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The open data set's {@code clickstream} view as a {@link ReplaySource}, with each product's category and, on a
 * purchase, the product's list price as the amount (the generated purchases are not linked to an order by id, so
 * the order's total cannot be joined; the list price is what the customer saw). Pages are sorted top-k queries.
 */
public final class SparkReplaySource implements ReplaySource {

    private final Dataset<Row> events;

    public SparkReplaySource(SparkSession spark) {
        if (!spark.catalog().tableExists("clickstream")) {
            throw new EngineException("Replay needs the open data set's clickstream table: open or generate a data set first");
        }
        Dataset<Row> clicks = spark.table("clickstream");
        Column amount = lit(null).cast("double");
        Column category = lit(null).cast("string");
        Dataset<Row> joined = clicks;
        if (spark.catalog().tableExists("products")) {
            Dataset<Row> products = spark.table("products").selectExpr("cast(product_id as bigint) as p_id",
                    "cast(category as string) as p_category", "cast(price as double) as p_price");
            joined = clicks.join(products, clicks.col("product_id").equalTo(products.col("p_id")), "left");
            category = col("p_category");
            amount = when(col("event_type").equalTo("purchase"), col("p_price"));
        }
        this.events = joined.select(
                col("event_id").cast("bigint").as("event_id"),
                col("session_id").cast("bigint").as("session_id"),
                col("customer_id").cast("bigint").as("customer_id"),
                col("event_ts").cast("timestamp").as("event_ts"),
                col("event_type").cast("string").as("event_type"),
                col("product_id").cast("bigint").as("product_id"),
                category.as("category"),
                amount.as("amount"),
                col("device").cast("string").as("device"),
                col("referrer").cast("string").as("referrer"))
                .where(col("event_ts").isNotNull().and(col("event_id").isNotNull()));
    }

    @Override
    public List<LiveEvent> page(long afterTsMillis, long afterEventId, int limit) {
        Dataset<Row> rest = events;
        if (afterTsMillis != Long.MIN_VALUE) {
            Column ts = lit(new Timestamp(afterTsMillis));
            rest = rest.where(col("event_ts").gt(ts).or(col("event_ts").equalTo(ts).and(col("event_id").gt(afterEventId))));
        }
        List<Row> rows = rest.orderBy(col("event_ts"), col("event_id")).limit(limit).collectAsList();
        List<LiveEvent> page = new ArrayList<>(rows.size());
        for (Row r : rows) {
            long ts = r.getTimestamp(3).getTime();
            page.add(new LiveEvent(r.getLong(0), r.isNullAt(1) ? LiveEvent.NONE : r.getLong(1),
                    r.isNullAt(2) ? LiveEvent.NONE : r.getLong(2), ts, r.getString(4),
                    r.isNullAt(5) ? LiveEvent.NONE : r.getLong(5), r.getString(6),
                    r.isNullAt(7) ? LiveEvent.NO_AMOUNT : r.getDouble(7),
                    r.isNullAt(8) ? "unknown" : r.getString(8), r.isNullAt(9) ? "unknown" : r.getString(9), ts));
        }
        return page;
    }
}

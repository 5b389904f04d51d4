package io.sparkworkbench.engine.datagen;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * clickstream: sessions that land, browse and sometimes convert. A session's funnel depth decides its
 * last events (add_to_cart, then checkout, then purchase), so views >= carts >= checkouts >= purchases.
 */
final class ClickstreamTable {

    static final double ANONYMOUS_SHARE = 0.30;
    /** Browse only, reach the cart, reach checkout, purchase. */
    private static final int[] DEPTHS = {0, 1, 2, 3};
    private static final double[] DEPTH_WEIGHT = {60, 22, 8, 10};
    private static final String[] DEVICES = {"desktop", "mobile", "tablet"};
    private static final double[] DEVICE_WEIGHT = {45, 45, 10};
    private static final String[] REFERRERS = {"direct", "search", "social", "email", "ads"};
    private static final double[] REFERRER_WEIGHT = {30, 30, 15, 10, 15};

    private ClickstreamTable() {
    }

    static Dataset<Row> build(SparkSession spark, GeneratorModel m, int partitions) {
        HashRandom r = m.random;
        SessionPatterns patterns = new SessionPatterns(r.seed());
        Column eventId = col("id").plus(1);
        Column block = floor(col("id").divide(SessionPatterns.BLOCK));
        Column pattern = floor(r.uniform(501, block).multiply(SessionPatterns.PATTERNS)).cast("int");
        Column slot = pattern.multiply(SessionPatterns.BLOCK).plus(col("id").mod(SessionPatterns.BLOCK)).cast("int").plus(1);
        Dataset<Row> events = spark.range(0, m.sizes.clickstream(), 1, partitions).select(
                eventId.as("event_id"),
                block.multiply(SessionPatterns.BLOCK).plus(element_at(lit(patterns.sessionIndex), slot)).plus(1)
                        .cast("bigint").as("session_id"),
                element_at(lit(patterns.position), slot).as("pos"),
                element_at(lit(patterns.length), slot).as("len"));

        Column session = col("session_id");
        Column known = r.uniform(502, session).geq(ANONYMOUS_SHARE);
        Column segment = m.layout.pickSegment(m.segmentByActivity, 5, session);
        Dataset<Row> withVisitor = events
                .withColumn("segment", segment)
                .withColumn("customer_id", when(known, m.layout.pickCustomerIn(col("segment"), 5, session)))
                .withColumn("depth", least(col("len").minus(1),
                        HashRandom.pick(Lookup.ofInts(DEPTHS, DEPTH_WEIGHT), r.uniform(503, session))));

        Column signup = when(col("customer_id").isNotNull(), m.signupDay(col("customer_id"), col("segment"))).otherwise(lit(0));
        Column end = when(col("customer_id").isNotNull(), m.activeEndDay(col("signup"), col("segment"))).otherwise(lit(TimeModel.DAYS));
        // seasonalDay(51) draws salts 510-512 and 515-517, secondOfDay(52) 528-529: no other draw may use them
        // (device once drew 512, the third candidate day, so tablets clustered late in a visitor's window).
        Column startSeconds = m.time.timestamp(m.time.seasonalDay(col("signup"), col("active_end"), 51, session),
                m.time.secondOfDay(52, session)).cast("bigint");
        Column stepsFromEnd = col("len").minus(1).minus(col("pos"));
        Column eventType = when(col("depth").geq(3).and(stepsFromEnd.equalTo(0)), lit("purchase"))
                .when(col("depth").geq(2).and(stepsFromEnd.equalTo(col("depth").minus(2))), lit("checkout"))
                .when(col("depth").geq(1).and(stepsFromEnd.equalTo(col("depth").minus(1))), lit("add_to_cart"))
                .when(col("pos").equalTo(0), when(r.uniform(504, session).lt(0.3), lit("search")).otherwise(lit("page_view")))
                .when(r.uniform(505, col("event_id")).lt(0.8), lit("product_view"))
                .otherwise(lit("page_view"));
        // Known visitors browse by their own taste group, anonymous ones by one drawn for the session.
        Column tasteGroup = when(col("customer_id").isNotNull(), m.taste.groupOf(col("segment"), col("customer_id")))
                .otherwise(m.taste.groupOfVisitor(col("segment"), 546, session));
        Column category = HashRandom.pick(m.categoryBySegment, col("segment"), r.uniform(506, session));
        Column focusProduct = col("focus_product");
        Column browsedCategory = HashRandom.pick(m.categoryBySegment, col("segment"), r.uniform(508, col("event_id")));
        Column browsedProduct = when(r.uniform(509, col("event_id")).lt(0.5), focusProduct)
                .otherwise(m.taste.pickProduct(m, browsedCategory, col("taste_group"),
                        r.uniform(545, col("event_id")).lt(TasteGroups.IN_GROUP_SHARE), 541, col("event_id")));
        Column productId = when(col("event_type").isin("add_to_cart", "checkout", "purchase"), focusProduct)
                .when(col("event_type").equalTo("product_view"), browsedProduct);
        Column eventSeconds = col("start_s").plus(col("pos").multiply(60)).plus(floor(r.uniform(542, col("event_id")).multiply(50)));

        return withVisitor
                .withColumn("signup", signup)
                .withColumn("active_end", end)
                .withColumn("start_s", startSeconds)
                .withColumn("category", category)
                .withColumn("taste_group", tasteGroup)
                .withColumn("focus_product", m.taste.pickProduct(m, col("category"), col("taste_group"),
                        r.uniform(544, session).lt(TasteGroups.IN_GROUP_SHARE), 507, session))
                .withColumn("event_type", eventType)
                .select(
                col("event_id"),
                session.as("session_id"),
                col("customer_id"),
                org.apache.spark.sql.functions.timestamp_seconds(eventSeconds).as("event_ts"),
                col("event_type"),
                productId.as("product_id"),
                HashRandom.pick(Lookup.ofStrings(DEVICES, DEVICE_WEIGHT), r.uniform(543, session)).as("device"),
                HashRandom.pick(Lookup.ofStrings(REFERRERS, REFERRER_WEIGHT), r.uniform(513, session)).as("referrer"));
    }
}

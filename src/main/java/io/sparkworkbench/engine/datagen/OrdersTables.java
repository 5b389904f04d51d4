package io.sparkworkbench.engine.datagen;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * orders, order_items and reviews from one closed-form description of each order and its lines: the
 * order total is the sum of the item rows, so totals equal their items exactly. No higher-order
 * functions: Spark interprets those instead of compiling them, which made lines ten times slower.
 */
final class OrdersTables {

    static final double BASKET_SCALE = 1.8;
    static final double DELIVERED_SHARE = 0.92;
    static final int MAX_ITEMS = 10;
    private static final String[] CHANNELS = {"web", "mobile_app", "marketplace", "store"};
    private static final double[] CHANNEL_WEIGHT = {45, 35, 12, 8};
    private static final String[] PAYMENTS = {"credit_card", "paypal", "debit_card", "bank_transfer", "gift_card"};
    private static final double[] PAYMENT_WEIGHT = {45, 22, 18, 10, 5};
    private static final String[] FINAL_STATUS = {"delivered", "cancelled", "returned"};
    private static final double[] FINAL_STATUS_WEIGHT = {DELIVERED_SHARE, 0.04, 0.04};
    private static final double[] DISCOUNTS = {0.05, 0.10, 0.15, 0.20, 0.25, 0.30};
    private static final int[] QUANTITIES = {1, 2, 3, 4};
    private static final double[] QUANTITY_WEIGHT = {80, 14, 4, 2};
    private static final Lookup QUANTITY_LOOKUP = Lookup.ofInts(QUANTITIES, QUANTITY_WEIGHT);

    private final GeneratorModel m;
    private final int partitions;

    OrdersTables(GeneratorModel model, int partitions) {
        this.m = model;
        this.partitions = partitions;
    }

    /** One row per order: who, when, discount and basket size; its lines follow from these by formula. */
    Dataset<Row> base(SparkSession spark) {
        HashRandom r = m.random;
        Column orderId = col("id").plus(1);
        // The first orders (one per customer, by position) make sure everyone who signed up bought once: a crowd of
        // never-buyers would sit apart from every segment in any behaviour space and take a cluster of its own.
        Column welcome = col("id").lt(m.sizes.customers());
        Column segment = when(welcome, m.layout.segmentOfPosition(col("id")))
                .otherwise(m.layout.pickSegment(m.segmentByActivity, 3, orderId));
        Dataset<Row> withCustomer = spark.range(0, m.sizes.orders(), 1, partitions)
                .select(orderId.as("order_id"), welcome.as("welcome"), segment.as("segment"))
                .withColumn("customer_id", when(col("welcome"), m.layout.idOfPosition(col("order_id").minus(1)))
                        .otherwise(m.layout.pickCustomerIn(col("segment"), 3, col("order_id"))));
        Dataset<Row> withWindow = withCustomer
                .withColumn("signup", m.signupDay(col("customer_id"), col("segment")))
                .withColumn("active_end", m.activeEndDay(col("signup"), col("segment")));
        Column day = m.time.seasonalDay(col("signup"), col("active_end"), 31, col("order_id"));
        Column basketSize = GeneratorModel.bySegment(col("segment"), CustomerSegment.column(CustomerSegment::basketSize));
        Column basket = least(lit(MAX_ITEMS), floor(log(lit(1.0).minus(r.uniform(32, col("order_id"))))
                .multiply(-BASKET_SCALE).multiply(basketSize)).plus(1)).cast("int");
        Column discounted = r.uniform(33, col("order_id"))
                .lt(GeneratorModel.bySegment(col("segment"), CustomerSegment.column(CustomerSegment::discountRate)));
        Column discount = when(discounted,
                element_at(lit(DISCOUNTS), floor(r.uniform(34, col("order_id")).multiply(DISCOUNTS.length)).cast("int").plus(1)))
                .otherwise(lit(0.0)).cast("decimal(4,2)");
        return withWindow.withColumn("day", day)
                .select(col("order_id"), col("customer_id"), col("segment"),
                        m.taste.groupOf(col("segment"), col("customer_id")).as("taste_group"), col("day"), discount.as("discount"),
                        basket.as("basket"), m.time.timestamp(col("day"), m.time.secondOfDay(35, col("order_id"))).as("order_ts"));
    }

    /**
     * The lines of each order, one row per line. Each derived value gets its own column step so Spark
     * evaluates it once; nested formulas would otherwise be copied into every expression that uses them.
     */
    Dataset<Row> lines(Dataset<Row> base) {
        HashRandom r = m.random;
        Column orderId = col("order_id");
        Column lineNo = col("line_no");
        return base.withColumn("line_no", explode(sequence(lit(1), col("basket"))))
                .withColumn("category", HashRandom.pick(m.categoryBySegment, col("segment"), r.uniform(41, orderId, lineNo)))
                // Two candidates of the category, both from the customer's taste group on an in-group line; the
                // segment's price affinity sets the odds of taking the dearer one.
                .withColumn("in_group", r.uniform(46, orderId, lineNo).lt(TasteGroups.IN_GROUP_SHARE))
                .withColumn("candidate", m.taste.pickProduct(m, col("category"), col("taste_group"), col("in_group"), 42,
                        orderId, lineNo))
                .withColumn("alternative", m.taste.pickProduct(m, col("category"), col("taste_group"), col("in_group"), 44,
                        orderId, lineNo))
                .withColumn("candidate_price", m.listPrice(col("candidate")))
                .withColumn("alternative_price", m.listPrice(col("alternative")))
                .withColumn("take_alternative", when(r.uniform(45, orderId, lineNo)
                                .lt(GeneratorModel.bySegment(col("segment"), CustomerSegment.column(CustomerSegment::dearerChance))),
                        col("alternative_price").gt(col("candidate_price")))
                        .otherwise(col("alternative_price").lt(col("candidate_price"))))
                .withColumn("product_id", when(col("take_alternative"), col("alternative")).otherwise(col("candidate")))
                .withColumn("list_price", when(col("take_alternative"), col("alternative_price")).otherwise(col("candidate_price")))
                .withColumn("quantity", HashRandom.pick(QUANTITY_LOOKUP, r.uniform(43, orderId, lineNo)))
                .withColumn("unit_price", round(col("list_price").multiply(lit(1).minus(col("discount"))), 2)
                        .cast("decimal(10,2)"))
                .select(col("order_id"), col("customer_id"), col("segment"), col("taste_group"), col("order_ts"), col("day"),
                        col("discount"), col("line_no"), col("product_id"), col("category"), col("quantity"),
                        col("unit_price"), col("unit_price").multiply(col("quantity")).cast("decimal(12,2)").as("line_total"));
    }

    /** Recent orders are still on their way; older ones ended delivered, cancelled or returned. */
    static Column status(GeneratorModel m) {
        Column daysBeforeEnd = lit(TimeModel.DAYS).minus(col("day"));
        return when(daysBeforeEnd.leq(2), lit("processing"))
                .when(daysBeforeEnd.leq(7), lit("shipped"))
                .otherwise(HashRandom.pick(Lookup.ofStrings(FINAL_STATUS, FINAL_STATUS_WEIGHT), m.random.uniform(36, col("order_id"))));
    }

    /**
     * Orders with totals summed from their lines. Every order has at least one line, so all orders come
     * back; the partial aggregation before the shuffle already collapses lines to orders.
     */
    Dataset<Row> orders(Dataset<Row> lines) {
        HashRandom r = m.random;
        Dataset<Row> totals = lines.groupBy(col("order_id"))
                .agg(first(col("customer_id")).as("customer_id"), first(col("order_ts")).as("order_ts"),
                        first(col("day")).as("day"), first(col("discount")).as("discount"),
                        sum(col("line_total")).cast("decimal(12,2)").as("total_amount"))
                .coalesce(partitions)
                .sortWithinPartitions(col("order_id"));
        return totals.select(col("order_id"), col("customer_id"), col("order_ts"), status(m).as("status"),
                HashRandom.pick(Lookup.ofStrings(CHANNELS, CHANNEL_WEIGHT), r.uniform(37, col("order_id"))).as("channel"),
                HashRandom.pick(Lookup.ofStrings(PAYMENTS, PAYMENT_WEIGHT), r.uniform(38, col("order_id"))).as("payment_method"),
                col("total_amount"), col("discount"));
    }

    static Dataset<Row> orderItems(Dataset<Row> lines) {
        return lines.select(col("order_id"), col("line_no"), col("product_id"), col("quantity"), col("unit_price"),
                col("line_total"));
    }

    /**
     * About a fifth of delivered lines get a review; ratings follow the segment's taste for the category and are a
     * little higher for products of the customer's own taste group.
     */
    Dataset<Row> reviews(Dataset<Row> lines) {
        HashRandom r = m.random;
        Column orderId = col("order_id");
        Column lineNo = col("line_no");
        Column relative = element_at(lit(CategoryTaste.relativeFlat()),
                col("segment").multiply(GeneratorModel.CATEGORY_COUNT).plus(col("category")).plus(1));
        long endSeconds = TimeModel.END.atStartOfDay().toEpochSecond(java.time.ZoneOffset.UTC) - 1;
        Column reviewSeconds = least(lit(endSeconds), col("order_ts").cast("bigint").plus(86400)
                .plus(floor(r.uniform(62, orderId, lineNo).multiply(20 * 86400)).cast("bigint")));
        Column ownGroup = when(m.taste.groupOfProductId(col("product_id")).equalTo(col("taste_group")),
                lit(TasteGroups.IN_GROUP_RATING_BONUS)).otherwise(lit(0.0));
        return lines.select(orderId, lineNo, col("customer_id"), col("product_id"), col("segment"), col("taste_group"),
                        col("category"), col("order_ts"), status(m).as("status"))
                // One CASE rather than two conjuncts: the optimizer would push an order-only conjunct below the
                // explode and inline the whole order-date formula into it, past what the code generator compiles.
                .where(when(col("status").equalTo("delivered"), r.uniform(60, orderId, lineNo).lt(TableSizes.REVIEW_RATE))
                        .otherwise(lit(false)))
                .withColumn("mean", lit(2.3).plus(relative.multiply(0.75)).plus(m.quality(col("product_id"))).plus(ownGroup))
                .select(orderId.multiply(16).plus(lineNo).as("review_id"), col("customer_id"), col("product_id"),
                        least(lit(5), greatest(lit(1), round(col("mean").plus(r.normal(61, orderId, lineNo).multiply(0.7)))))
                                .cast("int").as("rating"),
                        org.apache.spark.sql.functions.timestamp_seconds(reviewSeconds).as("review_ts"));
    }
}

package io.sparkworkbench.engine.ml.recommend;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import io.sparkworkbench.engine.EngineContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The data-set side of a {@link Recommender}, read from the open data set's views: the products, every
 * (customer, product) pair ever bought, and the popular lists the fallback shows.
 *
 * <p>Purchases are all order lines whatever the order's status: "exclude bought" means ever bought (a
 * cancelled or returned order still shows the customer knows the product), and popularity counts purchased
 * lines of every status, the same lines the evaluation's popularity baseline counts, so the fallback a cold
 * customer sees is the baseline the tab judges ALS against. A line counts once whatever its quantity.
 */
final class ServingFrames {

    /** Each popular list keeps its top this many products. */
    static final int POPULAR_TOP = 100;
    private static final String PURPOSE = "recommendation browser";
    private static final String OVERALL = "overall";
    private static final String COUNTRY = "country";
    private static final String SEGMENT = "segment";

    private final EngineContext context;
    private final SparkSession spark;
    private final ServingTables tables;

    ServingFrames(EngineContext context) {
        this.context = context;
        this.spark = context.spark();
        this.tables = new ServingTables(spark);
    }

    /** Every product (id, name, category, brand, price); null text reads as empty, a null price as 0. */
    List<ProductInfo> products() {
        tables.require(ServingTables.PRODUCTS, PURPOSE, "product_id", "name", "category", "brand", "price");
        List<ProductInfo> products = new ArrayList<>();
        LocalRows.forEach(context, spark.sql("SELECT CAST(product_id AS BIGINT), coalesce(CAST(name AS STRING), ''),"
                + " coalesce(CAST(category AS STRING), ''), coalesce(CAST(brand AS STRING), ''),"
                + " coalesce(CAST(price AS DOUBLE), 0D) FROM products WHERE product_id IS NOT NULL"),
                row -> products.add(new ProductInfo(row.getLong(0), row.getString(1), row.getString(2), row.getString(3), row.getDouble(4))));
        return products;
    }

    /**
     * customer_id, product_id, lines: one row per distinct pair ever bought with its number of order lines.
     * Persisted, because the bought pairs and every popular list read it: the caller unpersists it.
     */
    Dataset<Row> purchases() {
        tables.require(ServingTables.ORDERS, PURPOSE, "order_id", "customer_id");
        tables.require(ServingTables.ORDER_ITEMS, PURPOSE, "order_id", "product_id");
        return spark.sql("SELECT CAST(o.customer_id AS BIGINT) AS customer_id, CAST(i.product_id AS BIGINT) AS product_id,"
                + " count(*) AS lines FROM order_items i JOIN orders o ON o.order_id = i.order_id"
                + " WHERE o.customer_id IS NOT NULL AND i.product_id IS NOT NULL GROUP BY 1, 2").persist();
    }

    /** Streams the distinct bought pairs into {@code builder}: 16 bytes a pair on the driver. */
    void addBought(Dataset<Row> purchases, RecommenderBuilder builder) {
        LongPairs pairs = new LongPairs();
        LocalRows.forEach(context, purchases.select("customer_id", "product_id"), row -> pairs.add(row.getLong(0), row.getLong(1)));
        builder.bought(pairs.firsts(), pairs.seconds());
    }

    /**
     * The popular lists, top {@value #POPULAR_TOP} by purchased lines: overall, per customers.country (blank and
     * null countries get none) when {@code byCountry}, and per segment name of {@code customer_segments} when
     * {@code bySegment}. One query for all of them, so one pass over the purchases.
     */
    void addPopular(Dataset<Row> purchases, RecommenderBuilder builder, boolean byCountry, boolean bySegment) {
        Dataset<Row> grouped = purchases.withColumn("kind", lit(OVERALL)).withColumn("grp", lit(""));
        if (byCountry) {
            grouped = grouped.unionByName(purchases.join(spark.sql("SELECT CAST(customer_id AS BIGINT) AS customer_id,"
                    + " CAST(country AS STRING) AS grp FROM customers WHERE customer_id IS NOT NULL AND trim(country) <> ''"), "customer_id")
                    .withColumn("kind", lit(COUNTRY)));
        }
        if (bySegment) {
            grouped = grouped.unionByName(purchases.join(spark.sql("SELECT CAST(customer_id AS BIGINT) AS customer_id,"
                    + " CAST(name AS STRING) AS grp FROM customer_segments WHERE customer_id IS NOT NULL AND name IS NOT NULL"), "customer_id")
                    .withColumn("kind", lit(SEGMENT)));
        }
        Dataset<Row> counts = grouped.groupBy("kind", "grp", "product_id").agg(sum("lines").as("n"));
        WindowSpec group = Window.partitionBy("kind", "grp");
        Dataset<Row> top = counts.withColumn("total", sum("n").over(group))
                .withColumn("r", row_number().over(group.orderBy(desc("n"), col("product_id"))))
                .where(col("r").leq(POPULAR_TOP))
                .select("kind", "grp", "product_id", "n", "total", "r");
        Map<String, Map<String, Ranking>> lists = new HashMap<>();
        LocalRows.forEach(context, top, row -> lists.computeIfAbsent(row.getString(0), k -> new HashMap<>())
                .computeIfAbsent(row.getString(1), g -> new Ranking())
                .put(row.getInt(5), row.getLong(2), (double) row.getLong(3) / row.getLong(4)));
        Ranking overall = lists.getOrDefault(OVERALL, Map.of()).getOrDefault("", new Ranking());
        builder.popularOverall(overall.products(), overall.shares());
        lists.getOrDefault(COUNTRY, Map.of()).forEach((country, r) -> builder.popularInCountry(country, r.products(), r.shares()));
        lists.getOrDefault(SEGMENT, Map.of()).forEach((segment, r) -> builder.popularInSegment(segment, r.products(), r.shares()));
    }

    /**
     * The segment names of the customers without user factors: the recommender reads a segment only to pick a
     * cold customer's fallback list, so holding every customer's would cost memory (a boxed map entry each)
     * for nothing. Each distinct name is one String.
     */
    void addColdSegments(Dataset<Row> userFactors, RecommenderBuilder builder) {
        Dataset<Row> segments = spark.sql("SELECT CAST(customer_id AS BIGINT) AS customer_id, CAST(name AS STRING) AS name"
                + " FROM customer_segments WHERE customer_id IS NOT NULL AND name IS NOT NULL");
        Dataset<Row> known = userFactors.select(col("id").cast("bigint").as("customer_id"));
        Map<String, String> names = new HashMap<>();
        LocalRows.forEach(context, segments.join(known, segments.col("customer_id").equalTo(known.col("customer_id")), "left_anti"),
                row -> builder.segment(row.getLong(0), names.computeIfAbsent(row.getString(1), n -> n)));
    }

    /** Whether {@code customer_segments} is registered with the columns the segment lists read. */
    boolean hasSegments() {
        return tables.usable(ServingTables.SEGMENTS, "customer_id", "name");
    }

    /** Whether {@code customers} has the country the country lists read. */
    boolean hasCountries() {
        return tables.usable(ServingTables.CUSTOMERS, "customer_id", "country");
    }

    /** A popular list as it is read: at most {@value #POPULAR_TOP} entries. */
    private static final class Ranking {
        private final long[] products = new long[POPULAR_TOP];
        private final double[] shares = new double[POPULAR_TOP];
        private int size;

        /** Rows arrive in any order: {@code rank} (1-based, contiguous per list) places each. */
        void put(int rank, long product, double share) {
            products[rank - 1] = product;
            shares[rank - 1] = share;
            size = Math.max(size, rank);
        }

        long[] products() {
            return Arrays.copyOf(products, size);
        }

        double[] shares() {
            return Arrays.copyOf(shares, size);
        }
    }

    /** Two parallel growing long arrays (doubling), trimmed when read. */
    private static final class LongPairs {
        private long[] firsts = new long[4096];
        private long[] seconds = new long[4096];
        private int size;

        void add(long first, long second) {
            if (size == firsts.length) {
                firsts = Arrays.copyOf(firsts, size * 2);
                seconds = Arrays.copyOf(seconds, size * 2);
            }
            firsts[size] = first;
            seconds[size++] = second;
        }

        long[] firsts() {
            return Arrays.copyOf(firsts, size);
        }

        long[] seconds() {
            return Arrays.copyOf(seconds, size);
        }
    }
}

package io.sparkworkbench.engine.ml.recommend;

import static io.sparkworkbench.engine.ml.recommend.RatingTables.CUSTOMER;
import static io.sparkworkbench.engine.ml.recommend.RatingTables.PRODUCT;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Every customer's top-n from the ALS model, in Spark: for each customer with factors, the highest-scored
 * existing products they never bought (any purchase, not only the training ones), registered as
 * {@value RecommendService#VIEW} and cached, so exporting or querying it does not recompute the lists.
 */
final class AllRecommendations {

    private AllRecommendations() {
    }

    /** Registers (customer_id BIGINT, rank INT 1..n, product_id BIGINT, score DOUBLE), cached; returns its rows. */
    static long register(SparkSession spark, ALSModel model, int n) {
        Dataset<Row> lists = topN(spark, model, n);
        if (spark.catalog().tableExists(RecommendService.VIEW)) {
            // Drops the previous lists' cache with the view.
            spark.catalog().dropTempView(RecommendService.VIEW);
        }
        lists.createOrReplaceTempView(RecommendService.VIEW);
        spark.catalog().cacheTable(RecommendService.VIEW, StorageLevel.MEMORY_AND_DISK());
        return spark.table(RecommendService.VIEW).count();
    }

    /** Category shares of every purchased line against every customer's top-n, categories by name. */
    static List<CategoryShare> overallMix(SparkSession spark, ALSModel model, int n) {
        RatingTables tables = new RatingTables(spark);
        Dataset<Row> categories = tables.products();
        Map<String, long[]> counts = new TreeMap<>();
        for (Row r : tables.purchasedLines().join(categories, PRODUCT).groupBy("category").count().collectAsList()) {
            counts.computeIfAbsent(r.getString(0), c -> new long[2])[0] = r.getLong(1);
        }
        Dataset<Row> lists = topN(spark, model, n);
        for (Row r : lists.join(categories, PRODUCT).groupBy("category").count().collectAsList()) {
            counts.computeIfAbsent(r.getString(0), c -> new long[2])[1] = r.getLong(1);
        }
        long history = counts.values().stream().mapToLong(c -> c[0]).sum();
        long recommended = counts.values().stream().mapToLong(c -> c[1]).sum();
        List<CategoryShare> shares = new ArrayList<>();
        counts.forEach((category, c) -> shares.add(new CategoryShare(category, share(c[0], history), share(c[1], recommended))));
        return shares;
    }

    /**
     * The lists before registration. The model may know products the catalogue lacks (an order line naming
     * a deleted product): those are dropped too, and the candidates per customer are widened by their number
     * and by the most products any one customer bought, so every customer still gets n when n remain.
     */
    static Dataset<Row> topN(SparkSession spark, ALSModel model, int n) {
        RatingTables tables = new RatingTables(spark);
        Dataset<Row> products = RatingSplit.withIntIds(tables.products(), "products", PRODUCT).select(PRODUCT);
        Dataset<Row> bought = RatingSplit.withIntIds(tables.purchasedLines(), "the purchases", CUSTOMER, PRODUCT).distinct();
        Row most = bought.groupBy(CUSTOMER).agg(count(lit(1)).as("bought")).agg(max("bought")).first();
        long maxBought = most.isNullAt(0) ? 0 : most.getLong(0);
        long unknown = model.itemFactors().select(col("id").as(PRODUCT)).join(products, new String[] {PRODUCT}, "left_anti").count();
        Dataset<Row> customers = model.userFactors().select(col("id").as(CUSTOMER));
        return TopLists.als(model, customers, bought, products, n, maxBought + unknown)
                .select(col(CUSTOMER).cast("bigint").as(CUSTOMER), col(TopLists.POS).cast("int").as("rank"),
                        col(PRODUCT).cast("bigint").as(PRODUCT), col(TopLists.SCORE).cast("double").as("score"));
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}

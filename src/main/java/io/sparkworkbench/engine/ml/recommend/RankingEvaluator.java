package io.sparkworkbench.engine.ml.recommend;

import static io.sparkworkbench.engine.ml.recommend.RatingTables.CUSTOMER;
import static io.sparkworkbench.engine.ml.recommend.RatingTables.PRODUCT;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log2;
import static org.apache.spark.sql.functions.sum;

import java.util.OptionalDouble;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Scores top-k lists against held-out relevant items, in Spark; only one row of averages reaches the driver.
 * Binary relevance, averaged over the evaluated customers (a customer with an empty list scores 0):
 * precision@k = hits / k; recall@k = hits / |relevant|; AP@k = Σ over hit positions i of precision@i, divided by
 * min(k, |relevant|); NDCG@k = Σ hits 1/log2(i + 1) over the ideal DCG of min(k, |relevant|) hits (the
 * definitions of Spark's {@code RankingMetrics}). Coverage is the share of all products named in any list;
 * novelty the mean −log2 of a listed item's share of training interactions, an item never seen in training
 * counting as seen once so that its novelty stays finite.
 */
final class RankingEvaluator {

    private final Dataset<Row> relevant;
    private final Dataset<Row> evaluated;
    private final Dataset<Row> interactions;
    private final long productCount;
    private final int k;
    private long interactionTotal = -1;

    /**
     * @param relevant     (customer_id, product_id) held-out items of the evaluated customers
     * @param evaluated    (customer_id) the customers every recommender is judged on
     * @param interactions (customer_id, product_id) training interactions, for novelty
     * @param productCount the catalogue's size, for coverage
     */
    RankingEvaluator(Dataset<Row> relevant, Dataset<Row> evaluated, Dataset<Row> interactions, long productCount, int k) {
        this.relevant = relevant.select(CUSTOMER, PRODUCT);
        this.evaluated = evaluated.select(CUSTOMER);
        this.interactions = interactions.select(CUSTOMER, PRODUCT);
        this.productCount = productCount;
        this.k = k;
    }

    /** Scores {@code lists} (customer_id, product_id, pos 1..k); {@code rmse} is passed through. */
    RankingScores score(Dataset<Row> lists, OptionalDouble rmse) {
        Dataset<Row> hits = lists.select(CUSTOMER, PRODUCT, TopLists.POS)
                .join(relevant.withColumn("hit", lit(1)), RatingSplit.pairKeys(), "left")
                .withColumn("hit", coalesce(col("hit"), lit(0)))
                .withColumn("hits_so_far", sum("hit").over(Window.partitionBy(CUSTOMER).orderBy(TopLists.POS)));
        Dataset<Row> perCustomer = hits.groupBy(CUSTOMER).agg(
                sum("hit").as("hits"),
                sum(col("hit").divide(log2(col(TopLists.POS).plus(1)))).as("dcg"),
                sum(col("hit").multiply(col("hits_so_far")).divide(col(TopLists.POS))).as("precision_sum"));
        Dataset<Row> relevantCounts = relevant.groupBy(CUSTOMER).agg(count(lit(1)).as("relevant"));
        Dataset<Row> all = evaluated.join(relevantCounts, CUSTOMER).join(perCustomer, new String[] {CUSTOMER}, "left")
                .na().fill(0, new String[] {"hits", "dcg", "precision_sum"})
                .withColumn("cut", least(lit(k), col("relevant")))
                .withColumn("ideal", expr("aggregate(sequence(1, cut), 0D, (acc, i) -> acc + 1D / log2(i + 1))"));
        Row means = all.agg(
                avg(col("hits").divide(k)),
                avg(col("hits").divide(col("relevant"))),
                avg(col("precision_sum").divide(col("cut"))),
                avg(col("dcg").divide(col("ideal"))),
                count(lit(1))).first();
        if (means.getLong(4) == 0) {
            throw new IllegalStateException("No evaluated customer has a relevant item");
        }
        double[] coverageAndNovelty = coverageAndNovelty(lists);
        return new RankingScores(means.getDouble(0), means.getDouble(1), means.getDouble(2), means.getDouble(3), coverageAndNovelty[0],
                coverageAndNovelty[1], rmse);
    }

    /** Coverage and novelty in one pass over the lists: (share of products listed, mean −log2 of a listed item's training share). */
    private double[] coverageAndNovelty(Dataset<Row> lists) {
        Dataset<Row> counts = interactions.groupBy(PRODUCT).agg(count(lit(1)).as("seen"));
        Row r = lists.select(PRODUCT).join(counts, new String[] {PRODUCT}, "left")
                .agg(countDistinct(col(PRODUCT)),
                        avg(log2(greatest(coalesce(col("seen"), lit(1L)), lit(1L)).divide(lit(interactionTotal()))).multiply(-1)))
                .first();
        double coverage = productCount == 0 ? 0 : r.getLong(0) / (double) productCount;
        return new double[] {coverage, r.isNullAt(1) ? 0 : r.getDouble(1)};
    }

    private synchronized long interactionTotal() {
        if (interactionTotal < 0) {
            interactionTotal = Math.max(1, interactions.count());
        }
        return interactionTotal;
    }
}

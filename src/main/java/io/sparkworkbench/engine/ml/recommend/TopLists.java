package io.sparkworkbench.engine.ml.recommend;

import static io.sparkworkbench.engine.ml.recommend.RatingTables.CUSTOMER;
import static io.sparkworkbench.engine.ml.recommend.RatingTables.PRODUCT;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Every recommender's top-k per customer as (customer_id, product_id, pos 1..k, score), with the customer's
 * excluded pairs left out exactly: each list draws k + (the most pairs any one customer has excluded)
 * candidates, so at least k remain after the exclusion whoever the customer is.
 */
final class TopLists {

    static final String POS = "pos";
    static final String SCORE = "score";
    private static final int STRIDES = 64;

    private TopLists() {
    }

    /** ALS's highest predicted scores for {@code customers} (customer_id), ties broken by product id. */
    static Dataset<Row> als(ALSModel model, Dataset<Row> customers, Dataset<Row> excluded, int k, long maxExcluded) {
        return firstK(alsCandidates(model, customers, excluded, k + maxExcluded), col(SCORE).desc(), k);
    }

    /**
     * As {@link #als(ALSModel, Dataset, Dataset, int, long)}, naming only products in {@code allowed} (product_id);
     * {@code maxDropped} must cover the excluded pairs of any one customer plus the model's products not allowed.
     */
    static Dataset<Row> als(ALSModel model, Dataset<Row> customers, Dataset<Row> excluded, Dataset<Row> allowed, int k,
                            long maxDropped) {
        Dataset<Row> candidates = alsCandidates(model, customers, excluded, k + maxDropped)
                .join(allowed.select(PRODUCT), new String[] {PRODUCT}, "left_semi");
        return firstK(candidates, col(SCORE).desc(), k);
    }

    private static Dataset<Row> alsCandidates(ALSModel model, Dataset<Row> customers, Dataset<Row> excluded, long wanted) {
        int candidates = (int) Math.min(Integer.MAX_VALUE, wanted);
        return model.recommendForUserSubset(customers, candidates)
                .select(col(CUSTOMER), explode(col("recommendations")).as("r"))
                .select(col(CUSTOMER), col("r." + PRODUCT).as(PRODUCT), col("r.rating").cast("double").as(SCORE))
                .join(excluded.select(CUSTOMER, PRODUCT), RatingSplit.pairKeys(), "left_anti");
    }

    /** The products most customers bought in training, the same order for everyone. */
    static Dataset<Row> popular(Dataset<Row> trainBought, Dataset<Row> customers, Dataset<Row> excluded, int k, long maxExcluded) {
        Dataset<Row> ranked = trainBought.groupBy(PRODUCT).agg(count(lit(1)).as("buyers"))
                .withColumn("popularity_rank", row_number().over(Window.orderBy(col("buyers").desc(), col(PRODUCT))))
                .filter(col("popularity_rank").leq(k + maxExcluded))
                .select(col(PRODUCT), col("popularity_rank"), col("buyers").cast("double").as(SCORE));
        Dataset<Row> candidates = customers.select(CUSTOMER).crossJoin(broadcast(ranked));
        return firstK(candidates.join(excluded, RatingSplit.pairKeys(), "left_anti"), col("popularity_rank"), k);
    }

    /**
     * A seeded random order of {@code products} (product_id) per customer. Each customer walks the catalogue as
     * {@code (start + j·stride) mod P} with its own hashed start and a stride coprime to P, which names
     * k + maxExcluded distinct products without a customers × products cross join (that grows as their product).
     */
    static Dataset<Row> random(Dataset<Row> products, long productCount, Dataset<Row> customers, Dataset<Row> excluded, int k,
                               long maxExcluded, long seed) {
        if (productCount == 0) {
            return customers.select(col(CUSTOMER), lit(0).as(PRODUCT), lit(0.0).as(SCORE), lit(0).as(POS)).limit(0);
        }
        long draws = Math.min(productCount, k + maxExcluded);
        Dataset<Row> indexed = products.select(PRODUCT).distinct()
                .withColumn("product_index", row_number().over(Window.orderBy(PRODUCT)).minus(1).cast("long"));
        List<Column> strides = new ArrayList<>();
        for (long s : coprimeStrides(productCount, seed)) {
            strides.add(lit(s));
        }
        Column start = pmod(xxhash64(col(CUSTOMER), lit(seed)), lit(productCount));
        Column stride = element_at(array(strides.toArray(Column[]::new)),
                pmod(xxhash64(col(CUSTOMER), lit(seed + 1)), lit((long) strides.size())).plus(1).cast("int"));
        Dataset<Row> walks = customers.select(col(CUSTOMER), start.as("start"), stride.as("stride"),
                        explode(sequence(lit(0L), lit(draws - 1))).as("j"))
                .withColumn("product_index", pmod(col("start").plus(col("j").multiply(col("stride"))), lit(productCount)));
        Dataset<Row> drawn = walks.join(broadcast(indexed), "product_index")
                .select(col(CUSTOMER), col(PRODUCT), col("j").cast("double").as(SCORE), col("j"));
        return firstK(drawn.join(excluded, RatingSplit.pairKeys(), "left_anti"), col("j"), k);
    }

    /** Up to {@value #STRIDES} distinct strides in 1..P−1 coprime to P (1 alone when P ≤ 2), drawn with the seed. */
    static long[] coprimeStrides(long productCount, long seed) {
        Set<Long> picked = new LinkedHashSet<>();
        picked.add(1L);
        SplittableRandom random = new SplittableRandom(seed);
        for (int tries = 0; tries < 50 * STRIDES && picked.size() < STRIDES && productCount > 2; tries++) {
            long s = 1 + random.nextLong(productCount - 1);
            if (gcd(s, productCount) == 1) {
                picked.add(s);
            }
        }
        return picked.stream().mapToLong(Long::longValue).toArray();
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static Dataset<Row> firstK(Dataset<Row> candidates, Column order, int k) {
        return candidates.withColumn(POS, row_number().over(Window.partitionBy(CUSTOMER).orderBy(order, col(PRODUCT))))
                .filter(col(POS).leq(k))
                .select(CUSTOMER, PRODUCT, SCORE, POS);
    }
}

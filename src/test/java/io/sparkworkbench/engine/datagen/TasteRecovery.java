package io.sparkworkbench.engine.datagen;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.mllib.evaluation.RankingMetrics;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * Precision@10 of implicit ALS, of "most popular in train" and of random picks on a generated data set whose
 * tables are registered as views: purchase counts per (customer, product) before a time split, each customer's
 * purchases of the last {@link #TEST_DAYS} days held out. Both rankers skip products the customer bought in train,
 * and the truth is the held-out products not bought in train (a product bought again can never be recommended).
 * Precision comes from Spark's own {@link RankingMetrics}, independent of the product's evaluator.
 */
final class TasteRecovery {

    static final int TEST_DAYS = 60;
    static final int K = 10;
    /** Implicit ALS as tuned on scale 1, seed 42 (docs/data-model.md, "What the recommendation model should find"). */
    static final int RANK = 10;
    static final int MAX_ITER = 10;
    static final double REG_PARAM = 0.1;
    static final double ALPHA = 10;
    static final long ALS_SEED = 42;

    record Precision(double als, double popular, double random, long testCustomers) {
        double alsOverPopular() {
            return als / popular;
        }

        double popularOverRandom() {
            return popular / random;
        }
    }

    private TasteRecovery() {
    }

    record AlsSettings(int rank, int maxIter, double regParam, double alpha) {
        static final AlsSettings TUNED = new AlsSettings(RANK, MAX_ITER, REG_PARAM, ALPHA);
    }

    static Precision measure(SparkSession spark) {
        return measure(spark, AlsSettings.TUNED);
    }

    static Precision measure(SparkSession spark, AlsSettings settings) {
        LocalDate cutoff = TimeModel.END.minusDays(TEST_DAYS);
        Dataset<Row> purchases = spark.sql("SELECT o.customer_id, i.product_id, o.order_ts >= DATE'" + cutoff
                + "' AS held_out FROM order_items i JOIN orders o ON i.order_id = o.order_id");
        Dataset<Row> train = purchases.where("NOT held_out")
                .groupBy(col("customer_id").cast("int").as("user"), col("product_id").cast("int").as("item"))
                .agg(count(lit(1)).cast("float").as("rating"))
                .cache();
        Map<Integer, Set<Integer>> bought = setsByUser(train.groupBy("user").agg(collect_set("item").as("items")));
        Map<Integer, Set<Integer>> truth = new HashMap<>();
        Dataset<Row> heldOut = purchases.where("held_out").groupBy(col("customer_id").cast("int").as("user"))
                .agg(collect_set(col("product_id").cast("int")).as("items"));
        setsByUser(heldOut).forEach((user, items) -> {
            Set<Integer> seen = bought.get(user);
            if (seen != null) {
                items.removeAll(seen);
                if (!items.isEmpty()) {
                    truth.put(user, items);
                }
            }
        });
        long products = spark.table("products").count();
        List<Integer> byPopularity = popularityOrder(train);
        Map<Integer, List<Integer>> als = alsTopK(train, truth.keySet(), bought, settings);
        train.unpersist();

        List<Tuple2<List<Integer>, List<Integer>>> alsPairs = new ArrayList<>();
        List<Tuple2<List<Integer>, List<Integer>>> popularPairs = new ArrayList<>();
        double randomSum = 0;
        for (Map.Entry<Integer, Set<Integer>> entry : truth.entrySet()) {
            Set<Integer> seen = bought.get(entry.getKey());
            // Mutable lists: Kryo cannot rebuild the JDK's immutable ones on the executors.
            List<Integer> actual = new ArrayList<>(entry.getValue());
            alsPairs.add(new Tuple2<>(als.getOrDefault(entry.getKey(), new ArrayList<>()), actual));
            popularPairs.add(new Tuple2<>(firstUnseen(byPopularity, seen), actual));
            randomSum += (double) actual.size() / (products - seen.size());
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return new Precision(precisionAtK(context.parallelize(alsPairs)), precisionAtK(context.parallelize(popularPairs)),
                randomSum / truth.size(), truth.size());
    }

    private static double precisionAtK(JavaRDD<Tuple2<List<Integer>, List<Integer>>> pairs) {
        return RankingMetrics.of(pairs).precisionAt(K);
    }

    private static Map<Integer, Set<Integer>> setsByUser(Dataset<Row> usersWithItems) {
        Map<Integer, Set<Integer>> sets = new HashMap<>();
        for (Row row : usersWithItems.collectAsList()) {
            sets.put(row.getInt(0), new HashSet<>(row.getList(1)));
        }
        return sets;
    }

    private static List<Integer> popularityOrder(Dataset<Row> train) {
        List<Integer> order = new ArrayList<>();
        for (Row row : train.groupBy("item").agg(count(lit(1)).as("buyers"))
                .orderBy(col("buyers").desc(), col("item")).collectAsList()) {
            order.add(row.getInt(0));
        }
        return order;
    }

    private static List<Integer> firstUnseen(List<Integer> ranking, Set<Integer> seen) {
        List<Integer> top = new ArrayList<>(K);
        for (Integer item : ranking) {
            if (!seen.contains(item)) {
                top.add(item);
                if (top.size() == K) {
                    break;
                }
            }
        }
        return top;
    }

    /** ALS's own top lists for the test users, then the first K not bought in train. */
    private static Map<Integer, List<Integer>> alsTopK(Dataset<Row> train, Set<Integer> users,
            Map<Integer, Set<Integer>> bought, AlsSettings settings) {
        ALSModel model = new ALS().setImplicitPrefs(true).setRank(settings.rank()).setMaxIter(settings.maxIter())
                .setRegParam(settings.regParam()).setAlpha(settings.alpha()).setSeed(ALS_SEED).setColdStartStrategy("drop")
                .setUserCol("user").setItemCol("item").setRatingCol("rating")
                .fit(train);
        SparkSession spark = train.sparkSession();
        Dataset<Row> testUsers = spark.createDataset(new ArrayList<>(users), Encoders.INT()).toDF("user");
        // Enough candidates that K remain once the products a user bought are skipped.
        int candidates = K + users.stream().mapToInt(user -> bought.get(user).size()).max().orElse(0);
        Map<Integer, List<Integer>> top = new HashMap<>();
        for (Row row : model.recommendForUserSubset(testUsers, candidates).collectAsList()) {
            int user = row.getInt(0);
            Set<Integer> seen = bought.get(user);
            List<Integer> ranked = new ArrayList<>(K);
            for (Row rec : row.<Row>getList(1)) {
                int item = rec.getInt(0);
                if (!seen.contains(item)) {
                    ranked.add(item);
                    if (ranked.size() == K) {
                        break;
                    }
                }
            }
            top.put(user, ranked);
        }
        return top;
    }
}

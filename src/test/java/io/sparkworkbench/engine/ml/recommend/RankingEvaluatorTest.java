package io.sparkworkbench.engine.ml.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.mllib.evaluation.RankingMetrics;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class RankingEvaluatorTest {

    private static final StructType LISTS = new StructType().add("customer_id", DataTypes.IntegerType)
            .add("product_id", DataTypes.IntegerType).add("pos", DataTypes.IntegerType);
    private static final StructType PAIRS = new StructType().add("customer_id", DataTypes.IntegerType)
            .add("product_id", DataTypes.IntegerType);
    private static final StructType CUSTOMERS = new StructType().add("customer_id", DataTypes.IntegerType);

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void aHandComputedExampleGivesTheWorkedOutValues() {
        SparkSession spark = RecommendTesting.engine().awaitSession();
        // k = 3. Customer 1 lists 10, 11, 12 and bought 11 and 13 later: one hit, at position 2.
        // Customer 2 lists 20, 21, 22 and bought 20..23: three hits. Customer 3 lists only 30, 31 and bought 31.
        // Customer 4 has no list at all and bought 40.
        Dataset<Row> lists = spark.createDataFrame(List.of(row(1, 10, 1), row(1, 11, 2), row(1, 12, 3), row(2, 20, 1), row(2, 21, 2),
                row(2, 22, 3), row(3, 30, 1), row(3, 31, 2)), LISTS);
        Dataset<Row> relevant = spark.createDataFrame(List.of(row(1, 11), row(1, 13), row(2, 20), row(2, 21), row(2, 22), row(2, 23),
                row(3, 31), row(4, 40)), PAIRS);
        Dataset<Row> customers = spark.createDataFrame(List.of(row(1), row(2), row(3), row(4)), CUSTOMERS);
        // Training interactions: product 10 four times, 20 twice, of 6; every other listed product is unseen.
        Dataset<Row> interactions = spark.createDataFrame(List.of(row(1, 10), row(2, 10), row(3, 10), row(4, 10), row(1, 20),
                row(2, 20)), PAIRS);

        RankingScores s = new RankingEvaluator(relevant, customers, interactions, 16, 3).score(lists, OptionalDouble.of(0.5));

        // precision@3 = hits / 3: (1/3 + 3/3 + 1/3 + 0) / 4 = 5/12
        assertThat(s.precision()).isCloseTo(5.0 / 12, within(1e-12));
        // recall@3 = hits / |relevant|: (1/2 + 3/4 + 1/1 + 0) / 4 = 0.5625
        assertThat(s.recall()).isCloseTo(0.5625, within(1e-12));
        // AP@3 = Σ precision at each hit / min(3, |relevant|): customer 1 (1/2)/2, customer 2 (1+1+1)/3,
        // customer 3 (1/2)/1, customer 4 0: (0.25 + 1 + 0.5 + 0) / 4 = 0.4375
        assertThat(s.map()).isCloseTo(0.4375, within(1e-12));
        // NDCG@3: customer 1 (1/log2 3) / (1 + 1/log2 3); customer 2 1 (three hits of three ideal);
        // customer 3 (1/log2 3) / 1; customer 4 0
        double c1 = (1 / log2(3)) / (1 + 1 / log2(3));
        double c3 = 1 / log2(3);
        assertThat(s.ndcg()).isCloseTo((c1 + 1 + c3 + 0) / 4, within(1e-12));
        assertThat(s.ndcg()).isCloseTo(0.504446, within(1e-6));
        // 8 distinct products of 16 listed.
        assertThat(s.coverage()).isEqualTo(0.5);
        // Listed: 10 (share 4/6), 20 (2/6) and six unseen ones counted once (1/6 each).
        assertThat(s.novelty()).isCloseTo((-log2(4.0 / 6) - log2(2.0 / 6) - 6 * log2(1.0 / 6)) / 8, within(1e-12));
        assertThat(s.rmse()).hasValue(0.5);
    }

    @Test
    void precisionRecallMapAndNdcgAgreeWithSparksRankingMetricsOnRandomLists() {
        SparkSession spark = RecommendTesting.engine().awaitSession();
        Random random = new Random(11);
        int k = 10;
        List<Row> listRows = new ArrayList<>();
        List<Row> relevantRows = new ArrayList<>();
        List<Row> customerRows = new ArrayList<>();
        List<Tuple2<List<Integer>, List<Integer>>> pairs = new ArrayList<>();
        for (int c = 1; c <= 300; c++) {
            List<Integer> predicted = distinct(random, random.nextInt(k + 1), 40);
            List<Integer> actual = distinct(random, 1 + random.nextInt(15), 40);
            for (int i = 0; i < predicted.size(); i++) {
                listRows.add(row(c, predicted.get(i), i + 1));
            }
            for (int p : actual) {
                relevantRows.add(row(c, p));
            }
            customerRows.add(row(c));
            pairs.add(new Tuple2<>(predicted, actual));
        }
        RankingScores mine = new RankingEvaluator(spark.createDataFrame(relevantRows, PAIRS), spark.createDataFrame(customerRows, CUSTOMERS),
                spark.createDataFrame(relevantRows, PAIRS), 40, k).score(spark.createDataFrame(listRows, LISTS), OptionalDouble.empty());

        RankingMetrics<Integer> spark1 = RankingMetrics.of(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(pairs, 2));
        assertThat(mine.precision()).isCloseTo(spark1.precisionAt(k), within(1e-9));
        assertThat(mine.ndcg()).isCloseTo(spark1.ndcgAt(k), within(1e-9));
        assertThat(mine.map()).isCloseTo(spark1.meanAveragePrecisionAt(k), within(1e-9));
        assertThat(mine.recall()).isCloseTo(spark1.recallAt(k), within(1e-9));
        assertThat(mine.precision()).isStrictlyBetween(0.0, 1.0);
    }

    private static List<Integer> distinct(Random random, int n, int items) {
        List<Integer> all = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            all.add(i);
        }
        java.util.Collections.shuffle(all, random);
        return new ArrayList<>(all.subList(0, n));
    }

    private static Row row(Object... values) {
        return RowFactory.create(values);
    }
}

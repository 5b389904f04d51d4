package io.sparkworkbench.engine.ml.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.ml.DatasetKey;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class ChurnServiceTest {

    private static final double SCALE = 0.2;

    @Test
    void bothModelsBeatChanceWithMonotoneRocCurvesFromOriginToOne() {
        ChurnResult result = ChurnTesting.trainedDefaults(SCALE);
        assertThat(result.models()).extracting(ModelReport::kind).containsExactly(ModelKind.LOGISTIC_REGRESSION, ModelKind.RANDOM_FOREST);
        for (ModelReport m : result.models()) {
            assertThat(m.auc()).as(m.kind().label()).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
            List<RocPoint> roc = m.roc();
            assertThat(roc.size()).isBetween(3, ScoreHistogram.DEFAULT_BINS + 1);
            assertThat(roc.get(0)).isEqualTo(new RocPoint(0, 0));
            assertThat(roc.get(roc.size() - 1)).isEqualTo(new RocPoint(1, 1));
            for (int i = 1; i < roc.size(); i++) {
                assertThat(roc.get(i).fpr()).as("fpr at %d", i).isGreaterThanOrEqualTo(roc.get(i - 1).fpr());
                assertThat(roc.get(i).tpr()).as("tpr at %d", i).isGreaterThanOrEqualTo(roc.get(i - 1).tpr());
            }
            assertThat(m.importance()).hasSize(result.features().size());
            for (int i = 1; i < m.importance().size(); i++) {
                assertThat(m.importance().get(i).value()).isLessThanOrEqualTo(m.importance().get(i - 1).value());
            }
        }
        assertThat(result.bestReport().auc()).isEqualTo(result.models().stream().mapToDouble(ModelReport::auc).max().orElseThrow());
    }

    @Test
    void histogramsCountEveryTestCustomerOnce() {
        ChurnResult result = ChurnTesting.trainedDefaults(SCALE);
        long testChurners = -1;
        for (ModelReport m : result.models()) {
            assertThat(m.histogram().bins()).isEqualTo(ScoreHistogram.DEFAULT_BINS);
            assertThat(m.histogram().total()).as(m.kind().label()).isEqualTo(result.testCount());
            if (testChurners >= 0) {
                assertThat(m.histogram().churners()).as("both models see the same test churners").isEqualTo(testChurners);
            }
            testChurners = m.histogram().churners();
            Confusion all = m.histogram().confusionAt(0);
            assertThat(all.truePositives()).isEqualTo(testChurners);
            assertThat(all.trueNegatives()).isZero();
        }
        assertThat(result.testCount()).isBetween((long) (0.2 * (result.trainCount() + result.testCount())),
                (long) (0.3 * (result.trainCount() + result.testCount())));
    }

    @Test
    void featuresAreAsOfTheCutoffMinusTheHorizonAndLaterSignupsAreLeftOut() {
        ChurnResult result = ChurnTesting.trainedDefaults(SCALE);
        assertThat(result.cutoff()).isEqualTo(result.dataEnd());
        assertThat(result.featureDate()).isEqualTo(result.cutoff().minusDays(90));
        SparkSession spark = ChurnTesting.engine().awaitSession();
        String f = "DATE'" + result.featureDate() + "'";
        String c = "DATE'" + result.cutoff() + "'";
        long eligible = spark.sql("SELECT count(*) FROM customers WHERE signup_date < " + f).first().getLong(0);
        long later = spark.sql("SELECT count(*) FROM customers WHERE signup_date >= " + f).first().getLong(0);
        assertThat(later).as("customers who signed up after cut-off − N exist in this data").isPositive();
        assertThat(result.trainCount() + result.testCount()).isEqualTo(eligible);

        ChurnFrames frames = new ChurnFrames(spark);
        frames.labelled(result.featureDate(), result.cutoff(), result.features()).createOrReplaceTempView("churn_test_labelled");
        Row check = spark.sql("SELECT count(*), sum(CAST(l.frequency AS BIGINT)), sum(CAST(l.label AS BIGINT)),"
                + " max(CASE WHEN cu.signup_date >= " + f + " THEN 1 ELSE 0 END)"
                + " FROM churn_test_labelled l JOIN customers cu ON cu.customer_id = l.customer_id").first();
        long ordersBefore = spark.sql("SELECT count(*) FROM orders o JOIN customers cu ON cu.customer_id = o.customer_id"
                + " WHERE o.order_ts < " + f + " AND cu.signup_date < " + f).first().getLong(0);
        long activeInWindow = spark.sql("SELECT count(DISTINCT o.customer_id) FROM orders o JOIN customers cu ON cu.customer_id = o.customer_id"
                + " WHERE o.order_ts >= " + f + " AND o.order_ts < " + c + " AND cu.signup_date < " + f).first().getLong(0);
        assertThat(check.getLong(0)).isEqualTo(eligible);
        assertThat(check.getLong(1)).as("frequency counts only orders before the feature date").isEqualTo(ordersBefore);
        assertThat(check.getLong(2)).as("churned = no order in the window").isEqualTo(eligible - activeInWindow);
        assertThat(check.getInt(3)).as("no customer who signed up after cut-off − N").isZero();
        assertThat(result.baseChurnRate()).isEqualTo((double) (eligible - activeInWindow) / eligible);
    }

    @Test
    void theSameSeedGivesTheSameModelsAndAnotherSeedAnotherSplit() {
        ChurnResult first = ChurnTesting.trainedDefaults(SCALE);
        DatasetKey key = ChurnTesting.open(SCALE);
        ChurnResult again = new ChurnService(ChurnTesting.engine()).train(ChurnRequest.defaults(), key).future().join();
        for (ModelKind kind : List.of(ModelKind.LOGISTIC_REGRESSION, ModelKind.RANDOM_FOREST)) {
            assertThat(again.report(kind).auc()).as(kind.label()).isCloseTo(first.report(kind).auc(), within(1e-12));
            assertThat(again.report(kind).histogram()).as(kind.label()).isEqualTo(first.report(kind).histogram());
            assertThat(again.report(kind).importance()).as(kind.label()).isEqualTo(first.report(kind).importance());
        }
        SparkSession spark = ChurnTesting.engine().awaitSession();
        Row split = spark.table("customers").select(
                org.apache.spark.sql.functions.sum(ChurnFrames.isTest(0.25, 42).cast("int")),
                org.apache.spark.sql.functions.sum(ChurnFrames.isTest(0.25, 7).cast("int")),
                org.apache.spark.sql.functions.sum(ChurnFrames.isTest(0.25, 42).and(ChurnFrames.isTest(0.25, 7)).cast("int"))).first();
        assertThat(split.getLong(2)).as("customers in both test sets").isLessThan(Math.min(split.getLong(0), split.getLong(1)) / 2);
    }

    @Test
    void scoresEveryCustomerIntoTheViewRiskiestFirst() {
        ChurnResult result = ChurnTesting.trainedDefaults(SCALE);
        SparkSession spark = ChurnTesting.engine().awaitSession();
        // Other tests train on other data sets: reloading this one's saved model registers customer_churn for it again.
        ChurnResult reloaded = new ChurnService(ChurnTesting.engine()).loadSaved(ChurnTesting.open(SCALE)).future().join().orElseThrow();
        long customers = spark.sql("SELECT count(*) FROM customers WHERE signup_date < DATE'" + result.dataEnd() + "'").first().getLong(0);
        assertThat(reloaded.scoredCount()).isEqualTo(customers);
        assertThat(spark.sql("SELECT count(*) FROM customer_churn").first().getLong(0)).isEqualTo(customers);
        assertThat(spark.table("customer_churn").columns()).containsExactly("customer_id", "churn_probability", "risk_band", "model");
        assertThat(reloaded.preview()).hasSize(ChurnScoring.PREVIEW_ROWS);
        for (int i = 1; i < reloaded.preview().size(); i++) {
            assertThat(reloaded.preview().get(i).churnProbability()).isLessThanOrEqualTo(reloaded.preview().get(i - 1).churnProbability());
        }
        assertThat(reloaded.bandCounts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(customers);
        ScoredCustomer top = reloaded.preview().get(0);
        assertThat(top.riskBand()).isEqualTo(RiskBand.of(top.churnProbability()));
    }

    @Test
    void aSavedModelReloadsWithTheSameFiguresAndScores() {
        DatasetKey key = ChurnTesting.open(SCALE);
        ChurnService service = new ChurnService(ChurnTesting.engine());
        ChurnResult trained = service.train(ChurnRequest.defaults().withEnsemble(ModelKind.GBT, 8, 3).withHorizon(60), key).future().join();
        assertThat(trained.saveProblem()).isEmpty();
        Optional<ChurnResult> loaded = service.loadSaved(key).future().join();
        assertThat(loaded).isPresent();
        ChurnResult r = loaded.get();
        assertThat(r.reloaded()).isTrue();
        assertThat(r.models()).isEqualTo(trained.models());
        assertThat(r.request()).isEqualTo(trained.request());
        assertThat(r.best()).isEqualTo(trained.best());
        assertThat(r.features()).isEqualTo(trained.features());
        assertThat(r.preview()).isEqualTo(trained.preview());
        assertThat(r.bandCounts()).isEqualTo(trained.bandCounts());
        assertThat(r.trainedAt()).isEqualTo(trained.trainedAt());
        assertThat(ChurnTesting.engine().awaitSession().sql("SELECT first(model) FROM customer_churn").first().getString(0))
                .isEqualTo(trained.best().label());
    }

    @Test
    void withoutCustomersOrOrdersTheMessageNamesTheMissingTables() {
        SparkSession empty = ChurnTesting.engine().awaitSession().newSession();
        assertThatThrownBy(() -> new ChurnFrames(empty).dataEnd()).isInstanceOf(EngineException.class)
                .hasMessageContaining("missing: customers, orders").hasMessageContaining("Open a data set");
    }

    @Test
    void aCutoffAfterTheDataEndOrBeforeAnySignupIsRefusedWithTheDates() {
        ChurnResult trained = ChurnTesting.trainedDefaults(SCALE);
        DatasetKey key = ChurnTesting.open(SCALE);
        ChurnService service = new ChurnService(ChurnTesting.engine());
        assertThatThrownBy(() -> service.train(ChurnRequest.defaults().withCutoff(Optional.of(trained.dataEnd().plusDays(1))), key)
                .future().join()).hasRootCauseInstanceOf(EngineException.class).rootCause()
                .hasMessageContaining("after the data's end " + trained.dataEnd());
        assertThatThrownBy(() -> service.train(ChurnRequest.defaults().withCutoff(Optional.of(trained.dataEnd().minusYears(30))), key)
                .future().join()).rootCause().hasMessageContaining("No customer signed up before");
    }
}

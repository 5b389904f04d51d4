package io.sparkworkbench.engine.ml.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.EngineWork;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Serving on the generated scale-0.1 data with a small ALS fitted here. The customers view gets one extra
 * customer (the newcomer, no purchases at all); one real customer (the held-out one) is left out of the fit, so
 * the model has no factors for either. Every expectation comes from an independent Spark SQL query over the
 * same views.
 */
class RecommendServingTest {

    private static final long HELD_OUT = 77;
    private static SparkEngine engine;
    private static long newcomer;
    private static String newcomerCountry;
    private static TrainedAls trained;
    private static CustomerDirectory directory;
    private static Recommender recommender;

    @BeforeAll
    static void openDataAndFit() {
        engine = SharedSparkEngine.get();
        Path folder = GeneratedData.parquet(0.1).folder();
        run(context -> {
            DatasetCatalog.register(context, folder);
            SparkSession spark = context.spark();
            spark.catalog().dropTempView("customer_segments");
            Row top = spark.sql("SELECT max(customer_id) + 1, (SELECT country FROM customers GROUP BY country ORDER BY count(*) DESC, country"
                    + " LIMIT 1) FROM customers").first();
            newcomer = top.getLong(0);
            newcomerCountry = top.getString(1);
            Dataset<Row> extra = spark.sql("SELECT CAST(" + newcomer + " AS BIGINT) AS customer_id, 'Nova Newcomer' AS name,"
                    + " 'nova.newcomer@example.com' AS email, '" + newcomerCountry + "' AS country, 'Springfield' AS city, 30 AS age,"
                    + " 'female' AS gender, DATE'2025-12-01' AS signup_date, 'bronze' AS loyalty_tier");
            spark.table("customers").unionByName(extra).createOrReplaceTempView("customers");
            return null;
        });
        trained = run(context -> SmallAls.fit(context, DatasetKey.of(folder), HELD_OUT));
        directory = run(RecommendServing::directory);
        recommender = run(context -> RecommendServing.recommender(context, trained, directory));
    }

    @Test
    void theDirectoryHoldsEveryCustomerAndFindsThemByEmailAndId() {
        long customers = run(c -> c.spark().table("customers").count());
        assertThat(directory.size()).isEqualTo(customers).isEqualTo(1_001);

        Row someone = run(c -> c.spark().sql("SELECT customer_id, name, email, country FROM customers WHERE customer_id = 123").first());
        CustomerHit expected = new CustomerHit(123, someone.getString(1), someone.getString(2), someone.getString(3));
        assertThat(directory.search(someone.getString(2), 5)).first().isEqualTo(expected);
        assertThat(directory.search(someone.getString(2).toUpperCase(), 5)).first().isEqualTo(expected);
        assertThat(directory.search("123", 5)).first().isEqualTo(expected);
        assertThat(directory.byId(123)).contains(expected);
        assertThat(directory.byId(newcomer)).map(CustomerHit::name).contains("Nova Newcomer");
    }

    @Test
    void theRecommenderKnowsEveryCustomerTheModelHasFactorsFor() {
        List<Long> withFactors = run(c -> trained.model().userFactors().select("id").as(org.apache.spark.sql.Encoders.INT())
                .collectAsList().stream().map(Integer::longValue).toList());
        assertThat(withFactors).hasSize(1_000 - 1);
        assertThat(withFactors).allMatch(recommender::knowsCustomer);
        assertThat(recommender.knowsCustomer(HELD_OUT)).isFalse();
        assertThat(recommender.knowsCustomer(newcomer)).isFalse();
        assertThat(recommender.rank()).isEqualTo(SmallAls.RANK);
    }

    @Test
    void recommendationsNameOnlyExistingProductsAndExcludeEverythingBought() {
        Set<Long> products = new HashSet<>(run(c -> c.spark().sql("SELECT product_id FROM products").as(org.apache.spark.sql.Encoders.LONG())
                .collectAsList()));
        // The heaviest buyer (the most distinct products) and a spread of ordinary customers.
        long heaviest = run(c -> c.spark().sql("SELECT o.customer_id FROM order_items i JOIN orders o ON o.order_id = i.order_id"
                + " GROUP BY o.customer_id ORDER BY count(DISTINCT i.product_id) DESC, o.customer_id LIMIT 1").first().getLong(0));
        List<Long> customers = new java.util.ArrayList<>(List.of(heaviest));
        for (long id = 5; id <= 1_000; id += 37) {
            customers.add(id);
        }
        Map<Long, Set<Long>> bought = boughtBy(customers);
        assertThat(bought.get(heaviest)).hasSizeGreaterThan(10);
        Set<Long> modelled = new HashSet<>(run(c -> trained.model().itemFactors().selectExpr("CAST(id AS BIGINT)")
                .as(org.apache.spark.sql.Encoders.LONG()).collectAsList()));

        for (long customer : customers) {
            RecommendationList list = recommender.recommend(customer, 20, false);
            assertThat(list.fallback()).as("customer %d", customer).isEmpty();
            Set<Long> candidates = new HashSet<>(modelled);
            candidates.removeAll(bought.get(customer));
            assertThat(list.items()).as("customer %d", customer).hasSize(Math.min(20, candidates.size()));
            Set<Long> recommended = list.items().stream().map(r -> r.product().productId()).collect(Collectors.toSet());
            assertThat(products).containsAll(recommended);
            assertThat(recommended).as("customer %d's list against their purchases", customer).doesNotContainAnyElementsOf(bought.get(customer));
            assertThat(list.items()).noneMatch(Recommendation::bought);
        }
        // With bought products shown, the marks agree with the purchases: the whole catalogue ranks, so all show up.
        RecommendationList all = recommender.recommend(heaviest, products.size(), true);
        Set<Long> marked = all.items().stream().filter(Recommendation::bought).map(r -> r.product().productId()).collect(Collectors.toSet());
        assertThat(marked).isEqualTo(bought.get(heaviest));
    }

    @Test
    void aCustomerWithoutPurchasesGetsTheLabelledPopularListOfTheirCountry() {
        List<Long> expected = run(c -> c.spark().sql("SELECT i.product_id FROM order_items i JOIN orders o ON o.order_id = i.order_id"
                + " JOIN customers c ON c.customer_id = o.customer_id WHERE c.country = '" + newcomerCountry + "'"
                + " GROUP BY i.product_id ORDER BY count(*) DESC, i.product_id LIMIT 10").as(org.apache.spark.sql.Encoders.LONG()).collectAsList());

        RecommendationList list = recommender.recommend(newcomer, 10, false);

        assertThat(list.fallback()).contains("Popular in " + newcomerCountry + ": the model has no history for this customer");
        assertThat(list.items()).extracting(r -> r.product().productId()).containsExactlyElementsOf(expected);
        assertThat(list.items().get(0).score()).isBetween(0.0, 1.0);
    }

    @Test
    void aCustomerLeftOutOfTheModelFallsBackWithoutWhatTheyBought() {
        Set<Long> bought = boughtBy(List.of(HELD_OUT)).get(HELD_OUT);
        assertThat(bought).isNotEmpty();

        RecommendationList list = recommender.recommend(HELD_OUT, 30, false);

        assertThat(list.fallback()).hasValueSatisfying(f -> assertThat(f).startsWith("Popular in "));
        assertThat(list.items()).hasSize(30).extracting(r -> r.product().productId()).doesNotContainAnyElementsOf(bought);
    }

    @Test
    void withSegmentsRegisteredAColdCustomerGetsTheirSegmentsPopularList() {
        String segment = newcomer % 2 == 0 ? "Even Stevens" : "Odd Ones";
        Recommender segmented = run(context -> {
            registerTinySegments(context.spark());
            try {
                return RecommendServing.recommender(context, trained, directory);
            } finally {
                context.spark().catalog().dropTempView("customer_segments");
            }
        });
        List<Long> expected = run(c -> c.spark().sql("SELECT i.product_id FROM order_items i JOIN orders o ON o.order_id = i.order_id"
                + " WHERE o.customer_id <= 40 AND o.customer_id % 2 = " + (newcomer % 2)
                + " GROUP BY i.product_id ORDER BY count(*) DESC, i.product_id LIMIT 5").as(org.apache.spark.sql.Encoders.LONG()).collectAsList());

        RecommendationList list = segmented.recommend(newcomer, 5, false);

        assertThat(list.fallback()).contains("Popular with " + segment + ": the model has no history for this customer");
        assertThat(list.items()).extracting(r -> r.product().productId()).containsExactlyElementsOf(expected);
        // The held-out customer is not in the tiny segmentation: their country's list, as before.
        assertThat(segmented.recommend(HELD_OUT, 5, false).fallback()).hasValueSatisfying(f -> assertThat(f).startsWith("Popular in "));
    }

    @Test
    void theCardMatchesAnIndependentQueryOfTheSameTables() {
        // A customer with reviews and many lines, so ratings and the history limit both matter.
        long customer = run(c -> c.spark().sql("SELECT o.customer_id FROM order_items i JOIN orders o ON o.order_id = i.order_id"
                + " WHERE o.customer_id IN (SELECT customer_id FROM reviews) GROUP BY o.customer_id ORDER BY count(*) DESC, o.customer_id LIMIT 1")
                .first().getLong(0));
        Row truth = run(c -> c.spark().sql("SELECT count(*), max(to_date(o.order_ts)),"
                + " count(CASE WHEN i.product_id IN (SELECT product_id FROM reviews WHERE customer_id = " + customer + ") THEN 1 END)"
                + " FROM order_items i JOIN orders o ON o.order_id = i.order_id WHERE o.customer_id = " + customer).first());
        Row kept = run(c -> c.spark().sql("SELECT count(*), CAST(sum(total_amount) AS DOUBLE) FROM orders WHERE customer_id = " + customer
                + " AND status NOT IN ('cancelled', 'returned')").first());
        Row profile = run(c -> c.spark().sql("SELECT name, city, signup_date, loyalty_tier FROM customers WHERE customer_id = " + customer).first());

        CustomerCard full = run(c -> RecommendServing.card(c, customer, 1_000));
        CustomerCard top3 = run(c -> RecommendServing.card(c, customer, 3));

        assertThat(full.customer().name()).isEqualTo(profile.getString(0));
        assertThat(full.city()).isEqualTo(profile.getString(1));
        assertThat(full.signupDate()).isEqualTo(profile.getLocalDate(2));
        assertThat(full.loyaltyTier()).isEqualTo(profile.getString(3));
        assertThat(full.historyLines()).isEqualTo(truth.getLong(0)).isEqualTo(full.history().size()).isGreaterThan(3);
        assertThat(full.history().get(0).date()).isEqualTo(truth.getLocalDate(1));
        assertThat(full.orders()).isEqualTo(kept.getLong(0));
        assertThat(full.spend()).isCloseTo(kept.getDouble(1), org.assertj.core.data.Offset.offset(0.005));
        assertThat(full.history().stream().filter(h -> h.rating().isPresent()).count()).isEqualTo(truth.getLong(2)).isPositive();
        List<LocalDate> dates = full.history().stream().map(HistoryLine::date).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(top3.history()).hasSize(3).isEqualTo(full.history().subList(0, 3));
        assertThat(top3.historyLines()).isEqualTo(full.historyLines());
        assertThat(full.segment()).isEmpty();
        assertThat(full.segmentNote()).isEqualTo(CustomerCards.NO_SEGMENTS);
    }

    @Test
    void theCardRatesLinesWithTheCustomersNewestReview() {
        Row review = run(c -> c.spark().sql("SELECT customer_id, product_id, max_by(rating, review_ts) FROM reviews"
                + " GROUP BY customer_id, product_id ORDER BY customer_id, product_id LIMIT 1").first());
        CustomerCard card = run(c -> RecommendServing.card(c, review.getLong(0), 1_000));
        assertThat(card.history()).filteredOn(h -> h.product().productId() == review.getLong(1)).isNotEmpty()
                .allSatisfy(h -> assertThat(h.rating()).hasValue(review.getInt(2)));
    }

    @Test
    void theCardShowsTheSegmentWhenTheSegmentationRegisteredOne() {
        String segment = newcomer % 2 == 0 ? "Even Stevens" : "Odd Ones";
        List<CustomerCard> cards = run(context -> {
            registerTinySegments(context.spark());
            try {
                return List.of(RecommendServing.card(context, newcomer, 10), RecommendServing.card(context, HELD_OUT, 10));
            } finally {
                context.spark().catalog().dropTempView("customer_segments");
            }
        });
        CustomerCard card = cards.get(0);
        assertThat(cards.get(1).segment()).isEmpty();
        assertThat(cards.get(1).segmentNote()).isEqualTo(CustomerCards.NOT_SEGMENTED);
        assertThat(card.segment()).contains(segment);
        assertThat(card.segmentNote()).isEmpty();
        assertThat(card.historyLines()).isZero();
        assertThat(card.history()).isEmpty();
        assertThat(card.orders()).isZero();
        assertThat(card.spend()).isZero();
        assertThat(card.customer().email()).isEqualTo("nova.newcomer@example.com");
    }

    @Test
    void withoutReviewsTheCardHasNoRatingsRatherThanFailing() {
        long customer = 10;
        CustomerCard card = run(context -> {
            SparkSession spark = context.spark();
            Dataset<Row> reviews = spark.table("reviews");
            spark.catalog().dropTempView("reviews");
            try {
                return RecommendServing.card(context, customer, 100);
            } finally {
                reviews.createOrReplaceTempView("reviews");
            }
        });
        assertThat(card.history()).isNotEmpty().allMatch(h -> h.rating().isEmpty());
    }

    @Test
    void anUnknownCustomerIsNamedInTheFailure() {
        assertThatThrownBy(() -> run(c -> RecommendServing.card(c, 987_654_321L, 10)))
                .isInstanceOf(CompletionException.class).cause().isInstanceOf(EngineException.class)
                .hasMessage("No customer 987654321 in this data set");
    }

    @Test
    void aCustomersTableWithoutEmailFailsNamingTheTableAndColumn() {
        assertThatThrownBy(() -> run(context -> {
            SparkSession spark = context.spark();
            Dataset<Row> customers = spark.table("customers");
            customers.drop("email").createOrReplaceTempView("customers");
            try {
                return RecommendServing.directory(context);
            } finally {
                customers.createOrReplaceTempView("customers");
            }
        })).cause().isInstanceOf(EngineException.class)
                .hasMessageStartingWith("The table customers cannot serve the customer directory: it lacks the column email");
    }

    @Test
    void aModelWithProductsTheDataSetLacksIsRefusedInWords() {
        assertThatThrownBy(() -> run(context -> {
            SparkSession spark = context.spark();
            Dataset<Row> products = spark.table("products");
            products.where("product_id <> 3").createOrReplaceTempView("products");
            try {
                return RecommendServing.recommender(context, trained, directory);
            } finally {
                products.createOrReplaceTempView("products");
            }
        })).cause().isInstanceOf(EngineException.class)
                .hasMessage("The recommendation model does not fit the open data set: The model has factors for product 3,"
                        + " which is not in the products table");
    }

    private static void registerTinySegments(SparkSession spark) {
        spark.sql("SELECT customer_id, CAST(customer_id % 2 AS INT) AS segment,"
                + " CASE WHEN customer_id % 2 = 0 THEN 'Even Stevens' ELSE 'Odd Ones' END AS name"
                + " FROM customers WHERE customer_id <= 40 OR customer_id = " + newcomer).createOrReplaceTempView("customer_segments");
    }

    private static Map<Long, Set<Long>> boughtBy(List<Long> customers) {
        String ids = customers.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<Row> rows = run(c -> c.spark().sql("SELECT DISTINCT o.customer_id, i.product_id FROM order_items i JOIN orders o"
                + " ON o.order_id = i.order_id WHERE o.customer_id IN (" + ids + ")").collectAsList());
        Map<Long, Set<Long>> bought = new HashMap<>();
        customers.forEach(id -> bought.put(id, new HashSet<>()));
        rows.forEach(r -> bought.get(r.getLong(0)).add(r.getLong(1)));
        return bought;
    }

    private static <T> T run(EngineWork<T> work) {
        return engine.submit("test", work).future().join();
    }
}

package io.sparkworkbench.engine.datagen;

import static io.sparkworkbench.engine.datagen.DataGenTestSupport.spark;
import static io.sparkworkbench.engine.datagen.DataGenTestSupport.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.testing.GeneratedData;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The structure later analytics must find is really in the data (at scale 0.2: 2,000 customers, 10,000 orders). */
class PlantedStructureTest {

    private static final double SCALE = 0.2;

    private final Path folder = GeneratedData.parquet(SCALE).folder();
    private final CustomerLayout layout = CustomerLayout.of(TableSizes.of(SCALE).customers(), GeneratedData.SEED);

    @Test
    void segmentsDifferInSpendFrequencyAndRecency() {
        List<Row> perCustomer = table(folder, "orders").groupBy("customer_id")
                .agg(org.apache.spark.sql.functions.count("*").as("orders"),
                        org.apache.spark.sql.functions.sum("total_amount").as("spend"),
                        org.apache.spark.sql.functions.max("order_ts").as("last"))
                .collectAsList();
        Map<CustomerSegment, double[]> sums = new EnumMap<>(CustomerSegment.class);
        for (Row row : perCustomer) {
            CustomerSegment s = layout.segmentOf(row.getLong(0));
            double[] acc = sums.computeIfAbsent(s, k -> new double[4]);
            acc[0] += row.getLong(1);
            acc[1] += ((java.math.BigDecimal) row.get(2)).doubleValue();
            acc[2] += ((java.time.Instant) row.get(3)).getEpochSecond() / 86400.0;
            acc[3]++;
        }
        Map<CustomerSegment, Double> spend = new HashMap<>();
        Map<CustomerSegment, Double> frequency = new HashMap<>();
        Map<CustomerSegment, Double> lastDay = new HashMap<>();
        sums.forEach((s, acc) -> {
            frequency.put(s, acc[0] / acc[3]);
            spend.put(s, acc[1] / acc[3]);
            lastDay.put(s, acc[2] / acc[3]);
        });
        assertThat(spend.get(CustomerSegment.CHAMPIONS)).isGreaterThan(2 * spend.get(CustomerSegment.LOYAL));
        assertThat(spend.get(CustomerSegment.LOYAL)).isGreaterThan(1.5 * spend.get(CustomerSegment.BARGAIN_HUNTERS));
        assertThat(frequency.get(CustomerSegment.CHAMPIONS)).isGreaterThan(2 * frequency.get(CustomerSegment.NEWCOMERS));
        // Lapsed customers stopped ordering long before the others' last orders.
        assertThat(lastDay.get(CustomerSegment.LAPSED)).isLessThan(lastDay.get(CustomerSegment.LOYAL) - 180);
    }

    @Test
    void segmentsPreferDifferentCategories() {
        table(folder, "order_items").createOrReplaceTempView("p_items");
        table(folder, "orders").createOrReplaceTempView("p_orders");
        table(folder, "products").createOrReplaceTempView("p_products");
        List<Row> rows = spark().sql("""
                SELECT o.customer_id, p.category, count(*) FROM p_items i
                JOIN p_orders o USING (order_id) JOIN p_products p USING (product_id)
                GROUP BY 1, 2""").collectAsList();
        Map<CustomerSegment, Map<String, Long>> bySegment = new EnumMap<>(CustomerSegment.class);
        for (Row row : rows) {
            bySegment.computeIfAbsent(layout.segmentOf(row.getLong(0)), k -> new HashMap<>())
                    .merge(row.getString(1), row.getLong(2), Long::sum);
        }
        assertThat(share(bySegment.get(CustomerSegment.CHAMPIONS), "Electronics"))
                .isGreaterThan(3 * share(bySegment.get(CustomerSegment.BARGAIN_HUNTERS), "Electronics"));
        assertThat(share(bySegment.get(CustomerSegment.BARGAIN_HUNTERS), "Grocery"))
                .isGreaterThan(3 * share(bySegment.get(CustomerSegment.NEWCOMERS), "Grocery"));
    }

    @Test
    void clickstreamFunnelNarrows() {
        Map<String, Long> counts = new HashMap<>();
        table(folder, "clickstream").groupBy("event_type").count().collectAsList()
                .forEach(r -> counts.put(r.getString(0), r.getLong(1)));
        assertThat(counts.get("product_view")).isGreaterThan(counts.get("add_to_cart"));
        assertThat(counts.get("add_to_cart")).isGreaterThan(counts.get("checkout"));
        assertThat(counts.get("checkout")).isGreaterThanOrEqualTo(counts.get("purchase"));
        assertThat(counts.get("purchase")).isPositive();
        table(folder, "clickstream").createOrReplaceTempView("p_clicks");
        Row sessionsWithPurchaseButNoCart = spark().sql("""
                SELECT count(*) FROM (SELECT session_id, max(event_type = 'purchase') AS bought,
                    max(event_type = 'add_to_cart') AS carted FROM p_clicks GROUP BY session_id)
                WHERE bought AND NOT carted""").first();
        assertThat(sessionsWithPurchaseButNoCart.getLong(0)).isZero();
    }

    @Test
    void decemberOutsellsFebruaryAndWeekendsOutsellWeekdays() {
        table(folder, "orders").createOrReplaceTempView("s_orders");
        Row row = spark().sql("""
                SELECT sum(CASE WHEN month(order_ts) = 12 THEN 1 ELSE 0 END) / 62.0,
                       sum(CASE WHEN month(order_ts) = 2 THEN 1 ELSE 0 END) / 57.0,
                       sum(CASE WHEN dayofweek(order_ts) IN (1, 7) THEN 1 ELSE 0 END) / 2.0,
                       sum(CASE WHEN dayofweek(order_ts) IN (3, 4) THEN 1 ELSE 0 END) / 2.0
                FROM s_orders""").first();
        assertThat(((java.math.BigDecimal) row.get(0)).doubleValue()).isGreaterThan(1.4 * ((java.math.BigDecimal) row.get(1)).doubleValue());
        assertThat(((java.math.BigDecimal) row.get(2)).doubleValue()).isGreaterThan(1.1 * ((java.math.BigDecimal) row.get(3)).doubleValue());
    }

    @Test
    void socialGraphHasHeavyTailedInDegreeAndCommunities() {
        List<Row> degrees = table(folder, "social_edges").groupBy("dst_customer_id").count()
                .orderBy(org.apache.spark.sql.functions.desc("count")).limit(1).collectAsList();
        long edges = table(folder, "social_edges").count();
        long customers = TableSizes.of(SCALE).customers();
        double mean = (double) edges / customers;
        assertThat(mean).isBetween(4.0, 6.0);
        assertThat(degrees.get(0).getLong(1)).isGreaterThan((long) (8 * mean));
        long sample = 0;
        long inside = 0;
        SocialCommunities communities = SocialCommunities.of(customers, GeneratedData.SEED);
        for (Row r : table(folder, "social_edges").limit(2000).collectAsList()) {
            sample++;
            if (communities.communityOf(r.getLong(0)) == communities.communityOf(r.getLong(1))) {
                inside++;
            }
        }
        assertThat((double) inside / sample).isGreaterThan(0.6);
    }

    private static double share(Map<String, Long> counts, String category) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return (double) counts.getOrDefault(category, 0L) / total;
    }
}

package io.sparkworkbench.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every library query gives sensible, non-empty results on the bundled sample data. */
class QueryLibraryTest {

    private static SparkSession session;

    @BeforeAll
    static void registerSampleData() {
        // A session of its own: its temp views do not replace the ones other tests registered.
        session = SharedSparkEngine.get().awaitSession().newSession();
        for (String table : List.of("customers", "products", "orders", "order_items", "clickstream", "reviews", "social_edges")) {
            session.read().parquet(Path.of("sample-data", table).toString()).createOrReplaceTempView(table);
        }
    }

    static List<QueryLibrary.Entry> entries() {
        return QueryLibrary.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void returnsRows(QueryLibrary.Entry entry) {
        List<Row> rows = session.sql(entry.sql()).limit(1000).collectAsList();
        assertThat(rows).as(entry.title()).isNotEmpty();
        assertThat(entry.sql()).startsWith("-- ");
    }

    @org.junit.jupiter.api.Test
    void libraryHasTheSevenQueriesOfTheIssue() {
        assertThat(QueryLibrary.all()).extracting(QueryLibrary.Entry::title).containsExactly(
                "Revenue by category and month", "Top customers by lifetime value", "Cohort retention by signup month",
                "Clickstream conversion funnel", "Average order value by channel and payment method", "RFM scores",
                "Products often bought together");
    }

    @org.junit.jupiter.api.Test
    void funnelNarrowsFromSessionsToPurchases() {
        String sql = QueryLibrary.all().stream().filter(e -> e.id().equals("clickstream_funnel")).findFirst().orElseThrow().sql();
        List<Row> steps = session.sql(sql).collectAsList();
        assertThat(steps).hasSize(5);
        for (int i = 1; i < steps.size(); i++) {
            assertThat(steps.get(i).getLong(2)).isLessThanOrEqualTo(steps.get(i - 1).getLong(2));
        }
        assertThat(steps.get(4).getLong(2)).isPositive();
    }

    @org.junit.jupiter.api.Test
    void retentionStartsAtTheSignupMonthAndStaysAPercentage() {
        String sql = QueryLibrary.all().stream().filter(e -> e.id().equals("cohort_retention")).findFirst().orElseThrow().sql();
        List<Row> rows = session.sql(sql).collectAsList();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.getInt(2)).isBetween(0, 12);
            assertThat(((java.math.BigDecimal) r.get(4)).doubleValue()).isBetween(0.0, 100.0);
        });
    }
}

package io.sparkworkbench.engine.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's figures against independent SQL over the same tables, at scale 0.1. */
class DashboardServiceTest {

    private static final SparkEngine ENGINE = SharedSparkEngine.get();
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 6, 30);
    private final DashboardService service = new DashboardService(ENGINE);
    private Path folder;

    @BeforeEach
    void open() {
        // Opening drops the derived views (customer_segments …) other tests may have left in the shared session.
        GeneratedData.openShared(0.1);
        folder = GeneratedData.parquet(0.1).folder();
    }

    @Test
    void kpisEqualIndependentSqlForThePeriodAndThePreviousOne() {
        DashboardFilter filter = DashboardFilter.range(FROM, TO);
        DashboardData data = service.compute(filter, folder).future().join();

        assertKpis(data, FROM, TO, "");
        LocalDate previousTo = FROM.minusDays(1);
        LocalDate previousFrom = filter.previousFrom();
        assertThat(previousFrom).isEqualTo(previousTo.minusDays(filter.days() - 1));
        double[] previous = sqlKpis(previousFrom, previousTo, "");
        assertThat(data.card(Kpi.REVENUE).previous()).isCloseTo(previous[0], within(0.01));
        assertThat(data.card(Kpi.ORDERS).previous()).isEqualTo(previous[1]);
        assertThat(data.card(Kpi.ACTIVE_CUSTOMERS).previous()).isEqualTo(previous[2]);
        assertThat(data.card(Kpi.REPEAT_RATE).previous()).isCloseTo(previous[3] / previous[2], within(1e-12));
        assertThat(data.card(Kpi.AVERAGE_ORDER_VALUE).previous()).isCloseTo(previous[0] / previous[1], within(1e-6));
        assertThat(data.card(Kpi.CONVERSION_RATE).previous()).isCloseTo(sqlConversion(previousFrom, previousTo, ""), within(1e-12));
        assertThat(data.card(Kpi.REVENUE).change()).isPresent();
    }

    @Test
    void withoutOrdersInThePreviousPeriodTheConversionCardHasNoPreviousPeriodEither() {
        // A data set whose orders start on 2025-01-01 while its clickstream starts earlier (the generated one's
        // clickstream starts two days before its orders): the half-year before FROM has sessions but no orders.
        sql("CREATE OR REPLACE TEMP VIEW orders AS SELECT * FROM parquet.`" + folder.resolve("orders").toUri()
                + "` WHERE order_ts >= TIMESTAMP'2025-01-01 00:00:00'");
        try {
            DashboardFilter filter = DashboardFilter.range(FROM, TO);
            Row previousSessions = sql("SELECT count(*) FROM (SELECT to_date(min(event_ts)) AS day FROM clickstream GROUP BY session_id)"
                    + " WHERE day BETWEEN DATE'" + filter.previousFrom() + "' AND DATE'" + FROM.minusDays(1) + "'").get(0);
            assertThat(previousSessions.getLong(0)).as("sessions in the previous period").isPositive();

            DashboardData data = service.compute(filter, folder).future().join();

            assertThat(data.card(Kpi.ORDERS).previous()).isZero();
            assertThat(data.cards()).allSatisfy(card -> assertThat(card.change()).as(card.kpi().label()).isEmpty());
            KpiCard conversion = data.card(Kpi.CONVERSION_RATE);
            assertThat(conversion.previous()).isNaN();
            assertThat(conversion.current()).isCloseTo(sqlConversion(FROM, TO, ""), within(1e-12));
            assertThat(data.card(Kpi.REPEAT_RATE).previous()).isNaN();
        } finally {
            GeneratedData.openShared(0.1);
        }
    }

    @Test
    void monthlySparklinesAddUpToThePeriod() {
        DashboardData data = service.compute(DashboardFilter.range(FROM, TO), folder).future().join();
        double[] revenue = data.card(Kpi.REVENUE).sparkline();
        assertThat(revenue).hasSize(6);
        assertThat(Arrays.stream(revenue).sum()).isCloseTo(data.card(Kpi.REVENUE).current(), within(0.01));
        assertThat(Arrays.stream(data.card(Kpi.ORDERS).sparkline()).sum()).isEqualTo(data.card(Kpi.ORDERS).current());
        double fromMonths = data.revenue().stream().mapToDouble(CategoryMonth::revenue).sum();
        assertThat(fromMonths).isCloseTo(data.card(Kpi.REVENUE).current(), within(0.05));
        assertThat(data.revenue()).extracting(CategoryMonth::month).allMatch(m -> !m.atDay(1).isBefore(FROM) && !m.atDay(1).isAfter(TO));
    }

    @Test
    void salesChartsEqualIndependentSqlOverTheLines() {
        DashboardData data = service.compute(DashboardFilter.range(FROM, TO), folder).future().join();
        String lines = "SELECT p.product_id, p.name, p.category, to_date(o.order_ts) AS day, CAST(i.line_total AS DOUBLE) AS line_total"
                + " FROM orders o JOIN order_items i ON i.order_id = o.order_id JOIN products p ON p.product_id = i.product_id"
                + " WHERE o.status NOT IN ('cancelled', 'returned') AND to_date(o.order_ts) BETWEEN DATE'" + FROM + "' AND DATE'" + TO + "'";
        List<Row> products = sql("SELECT product_id, name, sum(line_total) AS revenue FROM (" + lines + ") GROUP BY product_id, name"
                + " ORDER BY revenue DESC, product_id LIMIT " + DashboardService.TOP_PRODUCTS);
        assertThat(data.topProducts()).hasSize(products.size());
        for (int i = 0; i < products.size(); i++) {
            assertThat(data.topProducts().get(i).id()).isEqualTo(products.get(i).getLong(0));
            assertThat(data.topProducts().get(i).name()).isEqualTo(products.get(i).getString(1));
            assertThat(data.topProducts().get(i).value()).isCloseTo(products.get(i).getDouble(2), within(0.01));
        }
        List<Row> categories = sql("SELECT category, sum(line_total) AS revenue FROM (" + lines + ") GROUP BY category ORDER BY revenue DESC, category");
        assertThat(data.categories()).extracting(RankedItem::name).containsExactlyElementsOf(categories.stream().map(r -> r.getString(0)).toList());
        for (int i = 0; i < categories.size(); i++) {
            assertThat(data.categories().get(i).value()).isCloseTo(categories.get(i).getDouble(1), within(0.01));
        }
        List<Row> months = sql("SELECT year(day), month(day), category, sum(line_total) FROM (" + lines + ")"
                + " GROUP BY year(day), month(day), category ORDER BY 1, 2, 3");
        assertThat(data.revenue()).hasSize(months.size());
        for (int i = 0; i < months.size(); i++) {
            CategoryMonth point = data.revenue().get(i);
            assertThat(point.month()).isEqualTo(java.time.YearMonth.of(months.get(i).getInt(0), months.get(i).getInt(1)));
            assertThat(point.category()).isEqualTo(months.get(i).getString(2));
            assertThat(point.revenue()).isCloseTo(months.get(i).getDouble(3), within(0.01));
        }
        FunnelStep purchases = data.funnel().get(ChartQueries.FUNNEL.size() - 1);
        assertThat((double) purchases.sessions() / data.funnel().get(0).sessions())
                .isCloseTo(data.card(Kpi.CONVERSION_RATE).current(), within(1e-12));
    }

    @Test
    void aShortRangeHasWeeklySparklines() {
        LocalDate to = FROM.plusDays(27);
        DashboardData data = service.compute(DashboardFilter.range(FROM, to), folder).future().join();
        // 2025-01-01 is a Wednesday: its week starts on 2024-12-30, then three more Mondays.
        assertThat(data.card(Kpi.ORDERS).sparkline()).hasSize(5);
        assertThat(Arrays.stream(data.card(Kpi.ORDERS).sparkline()).sum()).isEqualTo(data.card(Kpi.ORDERS).current());
        assertKpis(data, FROM, to, "");
    }

    @Test
    void countryAndChannelFiltersAreTheSameSqlWithAWhere() {
        FilterChoices choices = service.choices().future().join();
        assertThat(choices.channels()).contains("web", "mobile_app");
        String country = choices.countries().get(0);
        DashboardFilter all = DashboardFilter.range(FROM, TO);
        DashboardData unfiltered = service.compute(all, folder).future().join();
        DashboardData filtered = service.compute(all.withCountry(country).withChannel("web"), folder).future().join();

        String where = " AND channel = 'web' AND customer_id IN (SELECT customer_id FROM customers WHERE country = '" + country + "')";
        assertKpis(filtered, FROM, TO, where);
        assertThat(filtered.card(Kpi.REVENUE).current()).isLessThan(unfiltered.card(Kpi.REVENUE).current());
        assertThat(filtered.card(Kpi.CONVERSION_RATE).note()).contains("channel");
        String countryOnly = " AND customer_id IN (SELECT customer_id FROM customers WHERE country = '" + country + "')";
        assertThat(filtered.card(Kpi.CONVERSION_RATE).current()).isCloseTo(sqlConversion(FROM, TO, countryOnly), within(1e-12));
        assertThat(filtered.topProducts()).isNotEmpty();
        assertThat(filtered.topProducts().get(0).value()).isLessThanOrEqualTo(unfiltered.topProducts().get(0).value());
    }

    @Test
    void withoutSegmentationTheDashboardSaysWhatToDoFirst() {
        DashboardData data = service.compute(DashboardFilter.range(FROM, TO), folder).future().join();
        assertThat(data.segments().available()).isFalse();
        assertThat(data.segments().missing()).contains("Segments tab");
        assertThat(service.choices().future().join().segments()).isEmpty();
        assertThat(data.cards()).hasSize(Kpi.values().length);
        assertThat(data.funnel()).extracting(FunnelStep::step).containsExactlyElementsOf(ChartQueries.FUNNEL);
        assertThat(data.funnel()).extracting(FunnelStep::sessions).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void aSegmentFilterAndTheSegmentChartReadCustomerSegments() {
        // customer_segments as the Segments tab's contract describes it (customer_id, segment, name).
        sql("CREATE OR REPLACE TEMP VIEW customer_segments AS SELECT customer_id, CAST(customer_id % 3 AS INT) AS segment,"
                + " concat('Group ', CAST(customer_id % 3 AS STRING)) AS name FROM customers");
        try {
            assertThat(service.choices().future().join().segments()).containsExactly("Group 0", "Group 1", "Group 2");
            DashboardFilter filter = DashboardFilter.range(FROM, TO).withSegment("Group 1");
            DashboardData data = service.compute(filter, folder).future().join();
            assertKpis(data, FROM, TO, " AND customer_id % 3 = 1");
            assertThat(data.segments().rows()).extracting(SegmentRisk::name).containsExactly("Group 1");
            assertThat(data.segments().rows().get(0).customers()).isEqualTo((long) data.card(Kpi.ACTIVE_CUSTOMERS).current());
            assertThat(data.churnNote()).contains("churn");
        } finally {
            sql("DROP VIEW IF EXISTS customer_segments");
        }
    }

    private void assertKpis(DashboardData data, LocalDate from, LocalDate to, String where) {
        double[] expected = sqlKpis(from, to, where);
        assertThat(expected[1]).as("orders in the period").isPositive();
        assertThat(data.card(Kpi.REVENUE).current()).isCloseTo(expected[0], within(0.01));
        assertThat(data.card(Kpi.ORDERS).current()).isEqualTo(expected[1]);
        assertThat(data.card(Kpi.ACTIVE_CUSTOMERS).current()).isEqualTo(expected[2]);
        assertThat(data.card(Kpi.AVERAGE_ORDER_VALUE).current()).isCloseTo(expected[0] / expected[1], within(1e-6));
        assertThat(data.card(Kpi.REPEAT_RATE).current()).isCloseTo(expected[3] / expected[2], within(1e-12));
    }

    /** {revenue, orders, active customers, customers with two or more orders}, written without the dashboard's code. */
    private static double[] sqlKpis(LocalDate from, LocalDate to, String where) {
        Row row = sql("WITH o AS (SELECT * FROM orders WHERE status NOT IN ('cancelled', 'returned')"
                + " AND to_date(order_ts) BETWEEN DATE'" + from + "' AND DATE'" + to + "'" + where + ")"
                + " SELECT CAST(sum(total_amount) AS DOUBLE), count(*), count(DISTINCT customer_id),"
                + " (SELECT count(*) FROM (SELECT customer_id FROM o GROUP BY customer_id HAVING count(*) >= 2)) FROM o").get(0);
        return new double[]{row.getDouble(0), row.getLong(1), row.getLong(2), row.getLong(3)};
    }

    /** Sessions (by the day of their first event) with a purchase, over all sessions. */
    private static double sqlConversion(LocalDate from, LocalDate to, String where) {
        Row row = sql("WITH s AS (SELECT session_id, max(customer_id) AS customer_id, to_date(min(event_ts)) AS day,"
                + " max(CASE WHEN event_type = 'purchase' THEN 1 ELSE 0 END) AS bought FROM clickstream GROUP BY session_id)"
                + " SELECT count(*), sum(bought) FROM s WHERE day BETWEEN DATE'" + from + "' AND DATE'" + to + "'" + where).get(0);
        return (double) row.getLong(1) / row.getLong(0);
    }

    private static List<Row> sql(String query) {
        return ENGINE.submit("test sql", c -> c.spark().sql(query).collectAsList()).future().join();
    }
}

package io.sparkworkbench.engine.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Profiles checked against values computed by hand. */
class ProfileServiceTest {

    private static final SparkEngine ENGINE = SharedSparkEngine.get();
    private static Map<String, ColumnProfile> sample;
    private static TableProfile sampleProfile;

    @BeforeAll
    static void profileTheSample() {
        SparkSession spark = ENGINE.awaitSession();
        spark.sql("""
                CREATE OR REPLACE TEMP VIEW `profile sample` AS SELECT * FROM VALUES
                  (1,    'a',  1.5D, DATE'2024-01-01', TIMESTAMP'2024-01-01 00:00:00Z', true,  array(1), 10.00BD),
                  (2,    'b',  2.5D, DATE'2024-01-03', TIMESTAMP'2024-01-01 00:00:10Z', false, array(2), 20.50BD),
                  (2,    'a',  null, DATE'2024-01-03', null,                            true,  null,     null),
                  (null, 'a',  4.0D, null,             TIMESTAMP'2024-01-01 00:01:40Z', null,  array(3), 30.25BD),
                  (5,    null, 7.0D, DATE'2024-01-11', TIMESTAMP'2024-01-01 00:00:10Z', true,  array(),  40.00BD)
                AS t(`n`, `s`, `x`, `d`, `ts`, `b`, `arr`, `odd name.x`)""");
        sampleProfile = new ProfileService(ENGINE).profile("profile sample").future().join();
        sample = sampleProfile.columns().stream().collect(Collectors.toMap(ColumnProfile::name, Function.identity()));
    }

    private static long binTotal(ColumnProfile column) {
        return column.histogram().stream().mapToLong(HistogramBin::count).sum();
    }

    @Test
    void everyColumnInOrderWithTheRowCount() {
        assertThat(sampleProfile.rows()).isEqualTo(5);
        assertThat(sampleProfile.columns()).extracting(ColumnProfile::name)
                .containsExactly("n", "s", "x", "d", "ts", "b", "arr", "odd name.x");
        assertThat(sampleProfile.columns()).allSatisfy(c -> assertThat(c.count() + c.nulls()).isEqualTo(5));
    }

    @Test
    void integersHaveExactStatisticsTopValuesAndWholeNumberBins() {
        ColumnProfile n = sample.get("n");
        assertThat(n.type()).isEqualTo("int");
        assertThat(n.count()).isEqualTo(4);
        assertThat(n.nulls()).isEqualTo(1);
        assertThat(n.distinct()).isEqualTo(3);
        assertThat(n.distinctApproximate()).isFalse();
        assertThat(n.min()).isEqualTo(1);
        assertThat(n.max()).isEqualTo(5);
        assertThat(n.mean().getAsDouble()).isEqualTo(2.5);
        assertThat(n.stddev().getAsDouble()).isCloseTo(Math.sqrt(3), within(1e-12));
        assertThat(n.topValues()).containsExactly(new ValueCount(2, 2), new ValueCount(1, 1), new ValueCount(5, 1),
                new ValueCount(null, 1));
        assertThat(n.histogram()).containsExactly(new HistogramBin(1, 2, 1), new HistogramBin(2, 3, 2),
                new HistogramBin(3, 4, 0), new HistogramBin(4, 5, 0), new HistogramBin(5, 6, 1));
    }

    @Test
    void doublesAndDecimalsHaveMeanStddevAndTwentyBins() {
        ColumnProfile x = sample.get("x");
        assertThat(x.min()).isEqualTo(1.5);
        assertThat(x.max()).isEqualTo(7.0);
        assertThat(x.mean().getAsDouble()).isEqualTo(3.75);
        assertThat(x.stddev().getAsDouble()).isCloseTo(Math.sqrt(5.75), within(1e-12));
        assertThat(x.histogram()).hasSize(ProfileHistograms.BINS);
        assertThat(x.histogram().get(0)).isEqualTo(new HistogramBin(1.5, 1.5 + 5.5 / 20, 1));
        assertThat(x.histogram().get(19).to()).isEqualTo(7.0);
        assertThat(x.histogram().get(19).count()).as("the max is in the last bin").isEqualTo(1);
        assertThat(binTotal(x)).isEqualTo(x.count());

        ColumnProfile decimal = sample.get("odd name.x");
        assertThat(decimal.min()).isEqualTo(new java.math.BigDecimal("10.00"));
        assertThat(decimal.max()).isEqualTo(new java.math.BigDecimal("40.00"));
        assertThat(decimal.mean().getAsDouble()).isCloseTo(25.1875, within(1e-9));
        assertThat(binTotal(decimal)).isEqualTo(4);
    }

    @Test
    void textAndBooleansHaveTopValuesButNoHistogram() {
        ColumnProfile s = sample.get("s");
        assertThat(s.distinct()).isEqualTo(2);
        assertThat(s.min()).isEqualTo("a");
        assertThat(s.max()).isEqualTo("b");
        assertThat(s.mean()).isEmpty();
        assertThat(s.topValues()).containsExactly(new ValueCount("a", 3), new ValueCount("b", 1), new ValueCount(null, 1));
        assertThat(s.histogram()).isEmpty();

        ColumnProfile b = sample.get("b");
        assertThat(b.topValues()).containsExactly(new ValueCount(true, 3), new ValueCount(false, 1), new ValueCount(null, 1));
        assertThat(b.histogram()).isEmpty();
    }

    @Test
    void datesBinInEpochDaysAndTimestampsInEpochSeconds() {
        ColumnProfile d = sample.get("d");
        assertThat(d.min()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(d.max()).isEqualTo(LocalDate.of(2024, 1, 11));
        assertThat(d.distinct()).isEqualTo(3);
        long day0 = LocalDate.of(2024, 1, 1).toEpochDay();
        assertThat(d.histogram()).hasSize(11);
        assertThat(d.histogram().get(0)).isEqualTo(new HistogramBin(day0, day0 + 1, 1));
        assertThat(d.histogram().get(2).count()).isEqualTo(2);
        assertThat(d.histogram().get(10).count()).isEqualTo(1);
        assertThat(binTotal(d)).isEqualTo(4);

        ColumnProfile ts = sample.get("ts");
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        assertThat(ts.min()).isEqualTo(start);
        assertThat(ts.max()).isEqualTo(Instant.parse("2024-01-01T00:01:40Z"));
        assertThat(ts.topValues().get(0)).isEqualTo(new ValueCount(Instant.parse("2024-01-01T00:00:10Z"), 2));
        assertThat(ts.histogram()).hasSize(20);
        assertThat(ts.histogram().get(0).from()).isEqualTo(start.getEpochSecond());
        assertThat(ts.histogram().get(0).count()).isEqualTo(1);
        assertThat(ts.histogram().get(2).count()).as("10 s into 5 s bins").isEqualTo(2);
        assertThat(ts.histogram().get(19).count()).isEqualTo(1);
        assertThat(binTotal(ts)).isEqualTo(ts.count());
    }

    @Test
    void complexColumnsAreOnlyCounted() {
        ColumnProfile arr = sample.get("arr");
        assertThat(arr.count()).isEqualTo(4);
        assertThat(arr.nulls()).isEqualTo(1);
        assertThat(arr.distinct()).isEqualTo(-1);
        assertThat(arr.min()).isNull();
        assertThat(arr.topValues()).isEmpty();
        assertThat(arr.histogram()).isEmpty();
    }

    @Test
    void nanAndInfinityDoNotSwallowTheStatisticsOfDoubles() {
        ENGINE.awaitSession().sql("SELECT * FROM VALUES (1.0D), (3.0D), (double('NaN')), (double('Infinity')), (null) AS t(v)")
                .createOrReplaceTempView("profile_nan");
        ColumnProfile v = new ProfileService(ENGINE).profile("profile_nan").future().join().columns().get(0);
        assertThat(v.count()).isEqualTo(4);
        assertThat(v.min()).isEqualTo(1.0);
        assertThat(v.max()).isEqualTo(3.0);
        assertThat(v.mean().getAsDouble()).isEqualTo(2.0);
        assertThat(binTotal(v)).as("finite values only").isEqualTo(2);
    }

    @Test
    void aTableAboveTheThresholdGetsApproximateDistinctCounts() {
        long rows = ProfileService.EXACT_DISTINCT_MAX_ROWS + 1;
        ENGINE.awaitSession().range(rows).selectExpr("id", "id % 10 AS digit").createOrReplaceTempView("profile_big");
        TableProfile big = new ProfileService(ENGINE).profile("profile_big").future().join();
        assertThat(big.rows()).isEqualTo(rows);
        ColumnProfile id = big.columns().get(0);
        assertThat(id.distinctApproximate()).isTrue();
        assertThat((double) id.distinct()).isCloseTo(rows, within(rows * 0.1));
        ColumnProfile digit = big.columns().get(1);
        assertThat(digit.distinct()).isEqualTo(10);
        assertThat(digit.topValues()).hasSize(10);
        assertThat(binTotal(digit)).isEqualTo(rows);
    }

    @Test
    void allNullAndEmptyTablesProfileWithoutErrors() {
        ENGINE.awaitSession().sql("SELECT CAST(NULL AS INT) AS i, CAST(NULL AS STRING) AS s FROM range(3)")
                .createOrReplaceTempView("profile_nulls");
        TableProfile nulls = new ProfileService(ENGINE).profile("profile_nulls").future().join();
        assertThat(nulls.columns()).allSatisfy(c -> {
            assertThat(c.nulls()).isEqualTo(3);
            assertThat(c.min()).isNull();
            assertThat(c.histogram()).isEmpty();
        });
        ENGINE.awaitSession().sql("SELECT id FROM range(0)").createOrReplaceTempView("profile_empty");
        TableProfile empty = new ProfileService(ENGINE).profile("profile_empty").future().join();
        assertThat(empty.rows()).isZero();
        assertThat(empty.columns().get(0).mean()).isEmpty();
        assertThat(empty.columns().get(0).topValues()).isEmpty();
        assertThat(empty.columns().get(0).histogram()).isEmpty();
    }
}

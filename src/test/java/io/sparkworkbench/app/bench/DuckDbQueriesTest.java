package io.sparkworkbench.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sparkworkbench.engine.datagen.EcommerceTable;
import io.sparkworkbench.engine.sql.QueryLibrary;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ratio of {@code bench sql} is only honest if DuckDB answers the same question: on the bundled sample
 * data (a small generated data set) each library query, in DuckDB's dialect where it needs one, gives the
 * rows Spark gives. Skipped when DuckDB is not in target/bench-lib (the build copies it in process-classes).
 */
class DuckDbQueriesTest {

    private static final Path SAMPLE = Path.of("sample-data");
    /**
     * Columns compared where ties make the rest engine-dependent: ntile() splits equal values either way
     * (RFM scores), and LIMIT 50 may cut a tie of pair counts at different pairs (bought together).
     */
    private static final Map<String, int[]> DETERMINED_COLUMNS = Map.of(
            "rfm_scores", new int[] {0, 1, 2, 3}, "bought_together", new int[] {4});

    private static Connection duck;
    private static SparkSession spark;

    @BeforeAll
    static void views() throws SQLException {
        try {
            duck = BenchLib.duckDb();
        } catch (SQLException e) {
            assumeTrue(false, "DuckDB not available: " + e.getMessage());
        }
        DuckDbQueries.createViews(duck, SAMPLE);
        // A session of its own: its temp views do not replace the ones other tests registered.
        spark = SharedSparkEngine.get().awaitSession().newSession();
        for (EcommerceTable table : EcommerceTable.values()) {
            spark.read().parquet(SAMPLE.resolve(table.sqlName()).toString()).createOrReplaceTempView(table.sqlName());
        }
    }

    @AfterAll
    static void close() throws SQLException {
        if (duck != null) {
            duck.close();
        }
    }

    static List<QueryLibrary.Entry> entries() {
        return QueryLibrary.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void duckDbGivesSparksRows(QueryLibrary.Entry entry) throws SQLException {
        int[] columns = DETERMINED_COLUMNS.get(entry.id());
        List<String> expected = new ArrayList<>();
        for (Row row : spark.sql(entry.sql()).collectAsList()) {
            int[] cols = columns != null ? columns : IntStream.range(0, row.size()).toArray();
            expected.add(line(IntStream.of(cols).mapToObj(c -> sparkValue(row.get(c))).toList()));
        }
        List<String> actual = new ArrayList<>();
        try (Statement st = duck.createStatement(); ResultSet rs = st.executeQuery(DuckDbQueries.sqlFor(entry))) {
            int count = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                int[] cols = columns != null ? columns : IntStream.range(0, count).toArray();
                List<Object> values = new ArrayList<>();
                for (int c : cols) {
                    values.add(rs.getMetaData().getColumnType(c + 1) == Types.TIMESTAMP
                            ? rs.getObject(c + 1, LocalDateTime.class) : rs.getObject(c + 1));
                }
                actual.add(line(values));
            }
        }
        assertThat(expected).isNotEmpty();
        if (columns == null) {
            assertThat(actual).as(entry.id()).usingElementComparator(DuckDbQueriesTest::compareLines).containsExactlyElementsOf(expected);
        } else {
            assertThat(actual).as(entry.id()).usingElementComparator(DuckDbQueriesTest::compareLines)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** A dialect version is kept only for a query DuckDB cannot run as the library has it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void dialectVersionOnlyWhereNeeded(QueryLibrary.Entry entry) {
        if (DuckDbQueries.hasDialectVersion(entry)) {
            assertThatThrownBy(() -> DuckDbQueries.run(duck, entry.sql(), 1)).isInstanceOf(SQLException.class);
        } else {
            assertThat(DuckDbQueries.sqlFor(entry)).isEqualTo(entry.sql());
        }
    }

    private static Object sparkValue(Object value) {
        // Spark hands back instants (java.time with the Java 8 datetime API, else Timestamp); DuckDB the UTC wall-clock time the Parquet file holds.
        if (value instanceof Timestamp ts) {
            return LocalDateTime.ofInstant(ts.toInstant(), ZoneOffset.UTC);
        }
        return value instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : value;
    }

    /**
     * Lines equal field by field, numbers within a cent: DuckDB averages a DECIMAL as a DOUBLE, so an average
     * exactly halfway between cents (3141.30 / 12 = 261.775 in the sample data) rounds down there and up in
     * Spark, which averages decimals exactly. Any real difference in a query is far larger.
     */
    private static int compareLines(String a, String b) {
        String[] x = a.split("\\|", -1);
        String[] y = b.split("\\|", -1);
        if (x.length != y.length) {
            return a.compareTo(b);
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i].equals(y[i])) {
                continue;
            }
            try {
                if (new BigDecimal(x[i]).subtract(new BigDecimal(y[i])).abs().compareTo(new BigDecimal("0.01")) <= 0) {
                    continue;
                }
            } catch (NumberFormatException notNumbers) {
                // fall through: text that differs
            }
            return a.compareTo(b);
        }
        return 0;
    }

    /** Numbers by value, not type: Spark's DECIMAL 73.4 and DuckDB's DOUBLE 73.4 are the same answer. */
    private static String line(List<Object> values) {
        List<String> parts = new ArrayList<>();
        for (Object v : values) {
            parts.add(v instanceof Number n ? new BigDecimal(n.toString()).stripTrailingZeros().toPlainString() : String.valueOf(v));
        }
        return String.join("|", parts);
    }
}

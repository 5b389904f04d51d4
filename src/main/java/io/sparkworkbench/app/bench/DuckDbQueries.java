package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.datagen.EcommerceTable;
import io.sparkworkbench.engine.sql.QueryLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The DuckDB side of {@code bench sql}: views over the very Parquet files Spark reads, and the library SQL.
 * A library query that uses Spark-only syntax has a DuckDB dialect version with the same semantics under
 * {@code resources/bench/duckdb/<id>.sql} (each file says what it translates); the others run as they are.
 */
final class DuckDbQueries {

    private static final String FOLDER = "/bench/duckdb/";

    private DuckDbQueries() {
    }

    /** The SQL DuckDB runs for {@code entry}: its dialect version when there is one, else the library SQL. */
    static String sqlFor(QueryLibrary.Entry entry) {
        try (InputStream in = DuckDbQueries.class.getResourceAsStream(FOLDER + entry.id() + ".sql")) {
            return in == null ? entry.sql() : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the DuckDB version of " + entry.id(), e);
        }
    }

    static boolean hasDialectVersion(QueryLibrary.Entry entry) {
        return DuckDbQueries.class.getResource(FOLDER + entry.id() + ".sql") != null;
    }

    /** One view per table sub-folder of {@code folder}, named like the Spark views DatasetCatalog registers. */
    static void createViews(Connection duck, Path folder) throws SQLException {
        try (Statement st = duck.createStatement()) {
            // Spark's session runs in UTC (SparkSessions); months and days of timestamps must fall alike here.
            st.execute("SET TimeZone = 'UTC'");
            for (EcommerceTable table : EcommerceTable.values()) {
                Path dir = folder.resolve(table.sqlName());
                if (Files.isDirectory(dir)) {
                    String glob = dir.toAbsolutePath().resolve("*.parquet").toString().replace("'", "''");
                    st.execute("CREATE OR REPLACE VIEW " + table.sqlName() + " AS SELECT * FROM read_parquet('" + glob + "')");
                }
            }
        }
    }

    /**
     * Runs {@code sql} and reads at most {@code maxRows} rows into Java objects, as the workbench's grid
     * path does with Spark ({@code limit(cap + 1)}), so both engines hand over the same rows.
     * A statement per query: DuckDB's JDBC driver closes a statement whose query failed.
     */
    static int run(Connection duck, String sql, int maxRows) throws SQLException {
        try (Statement st = duck.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            int rows = 0;
            while (rows < maxRows && rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
                rows++;
            }
            return rows;
        }
    }
}

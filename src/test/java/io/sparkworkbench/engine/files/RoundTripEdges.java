package io.sparkworkbench.engine.files;

import org.apache.spark.sql.SparkSession;

/**
 * The edge-case table the round-trip tests export and read back: what the generated tables lack
 * (extreme decimals, other zones, timestamp_ntz, NaN, every column null once, and text that CSV must
 * quote: commas, quotes, line breaks, edge spaces, empty strings, emoji).
 */
final class RoundTripEdges {

    private RoundTripEdges() {
    }

    static void register(SparkSession spark, String view) {
        spark.sql("""
                SELECT * FROM VALUES
                  (1, 12345678901234567890.123456789012345678BD, -0.01BD,
                   TIMESTAMP'2024-03-10 01:59:59.123456-08:00', TIMESTAMP_NTZ'2024-03-10 01:59:59.654321', DATE'1970-01-01',
                   'Zoë, "quoted"\nsecond line', 1.5D, true),
                  (2, -0.000000000000000001BD, 99999.99BD,
                   TIMESTAMP'1969-12-31 23:59:59.999999+05:30', TIMESTAMP_NTZ'2999-12-31 23:59:59', DATE'2024-02-29',
                   '  日本語 テキスト 🚀  ', double('NaN'), false),
                  (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
                  (4, 0BD, 0.00BD, TIMESTAMP'2024-01-01 00:00:00Z', TIMESTAMP_NTZ'2024-01-01 00:00:00', DATE'0001-01-01',
                   '', -0.0D, NULL),
                  (5, 1BD, 1.10BD, TIMESTAMP'2024-06-30 12:00:00.5+02:00', TIMESTAMP_NTZ'2024-06-30 12:00:00.5', DATE'2024-06-30',
                   'back\\\\slash and tab\t and ''single''', double('-Infinity'), true)
                AS t(id, big, small, at, local_at, day, text, x, flag)""")
                .selectExpr("id", "CAST(big AS DECIMAL(38,18)) AS big", "CAST(small AS DECIMAL(7,2)) AS small", "at", "local_at",
                        "day", "text", "x", "flag")
                .createOrReplaceTempView(view);
    }
}

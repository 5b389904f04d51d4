package io.sparkworkbench.engine.explore;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: prints how long profiling a 5-million-row, 10-column table takes, from Parquet and cached.
 * Run: {@code java <spark flags> -cp target/test-classes:target/classes:<deps> io.sparkworkbench.engine.explore.ProfileTiming [folder]}.
 */
public final class ProfileTiming {

    private static final long ROWS = 5_000_000;

    private ProfileTiming() {
    }

    public static void main(String[] args) throws Exception {
        SparkEngine engine = SharedSparkEngine.get();
        Path folder = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir") + "/workbench-profile-5m");
        engine.submit("write 5M rows", ctx -> {
            if (!Files.exists(folder)) {
                // The same table as the SELECT * benchmark: numbers, decimals, text, dates, timestamps, booleans.
                ctx.spark().range(0, ROWS, 1, 4).selectExpr("id", "id % 1000 AS k", "id * 0.5 AS half",
                        "cast(id AS string) AS label", "date_add(DATE'2024-01-01', cast(id % 700 AS int)) AS day",
                        "id % 7 = 0 AS weekly", "concat('customer-', id % 10000) AS customer", "id % 97 AS bucket",
                        "cast(id % 100000 AS decimal(12,2)) AS amount", "timestamp_seconds(1700000000 + id) AS ts")
                        .write().parquet(folder.toString());
            }
            ctx.spark().read().parquet(folder.toString()).createOrReplaceTempView("timing_parquet");
            ctx.spark().read().parquet(folder.toString()).createOrReplaceTempView("timing_cached");
            return null;
        }).future().join();
        new TableService(engine).cache("timing_cached").future().join();
        ProfileService profiles = new ProfileService(engine);
        for (String table : new String[] {"timing_parquet", "timing_cached"}) {
            for (int run = 0; run < 3; run++) {
                TableProfile profile = profiles.profile(table).future().join();
                System.out.printf("%s run %d: %,d rows x %d columns profiled in %,d ms%n", table, run, profile.rows(),
                        profile.columns().size(), profile.elapsedMs());
            }
        }
        TableProfile last = profiles.profile("timing_parquet").future().join();
        for (ColumnProfile c : last.columns()) {
            System.out.printf("  %-9s %-14s n=%d nulls=%d distinct=%d%s min=%s max=%s mean=%s sd=%s top=%s bins=%d%n", c.name(), c.type(),
                    c.count(), c.nulls(), c.distinct(), c.distinctApproximate() ? "~" : "", c.min(), c.max(), c.mean(), c.stddev(),
                    c.topValues().subList(0, Math.min(3, c.topValues().size())), c.histogram().size());
        }
        System.exit(0);
    }
}

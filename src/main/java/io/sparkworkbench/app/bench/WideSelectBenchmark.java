package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.sql.QueryResult;
import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.engine.sql.SqlStatement;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code SELECT *} over a 5-million-row, 10-column Parquet table through the editor's path: how long the
 * first page (10,000 rows) takes, and the heap's peak meanwhile. The cap is what keeps both small.
 */
final class WideSelectBenchmark {

    private static final long ROWS = 5_000_000;
    private static final int RUNS = 3;

    private final SparkEngine engine;
    private final Figures figures;

    WideSelectBenchmark(SparkEngine engine, Figures figures) {
        this.engine = engine;
        this.figures = figures;
    }

    void run() throws Exception {
        Path root = Files.createTempDirectory("spark-workbench-bench-wide");
        try {
            String folder = root.resolve("wide5m").toString();
            engine.submit("bench: write 5M rows", ctx -> {
                ctx.spark().range(0, ROWS, 1, 4).selectExpr("id", "id % 1000 AS k", "id * 0.5 AS half",
                        "cast(id AS string) AS label", "date_add(DATE'2024-01-01', cast(id % 700 AS int)) AS day",
                        "id % 7 = 0 AS weekly", "concat('customer-', id % 10000) AS customer", "id % 97 AS bucket",
                        "cast(id % 100000 AS decimal(12,2)) AS amount", "timestamp_seconds(1700000000 + id) AS ts")
                        .write().parquet(folder);
                ctx.spark().read().parquet(folder).createOrReplaceTempView("bench_wide5m");
                return null;
            }).future().join();
            QueryService queries = new QueryService(engine);
            SqlStatement star = SqlStatement.of("SELECT * FROM bench_wide5m");
            double[] ms = new double[RUNS];
            long peak = 0;
            int shown = 0;
            boolean more = false;
            for (int i = 0; i < RUNS; i++) {
                HeapPeaks.reset();
                long t0 = System.nanoTime();
                QueryResult page = queries.run(star, star.text(), QueryService.DEFAULT_ROW_CAP).future().join();
                ms[i] = (System.nanoTime() - t0) / 1e6;
                peak = Math.max(peak, HeapPeaks.peakMb());
                shown = page.rows().size();
                more = page.more();
            }
            figures.print("sql.select_star_5m.first_page_cold_ms", Math.round(ms[0]), "ms");
            figures.print("sql.select_star_5m.first_page_ms", Math.round(Figures.median(java.util.Arrays.copyOfRange(ms, 1, RUNS))), "ms");
            figures.print("sql.select_star_5m.rows_shown", shown, "rows");
            if (!more) {
                figures.note("SELECT * over 5M rows did not report more rows: the cap did not apply");
            }
            figures.print("sql.select_star_5m.heap_peak_mb", peak, "MB");
        } finally {
            GenerateBenchmark.delete(root);
        }
    }
}

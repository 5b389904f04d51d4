package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.sql.QueryLibrary;
import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.engine.sql.SqlStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code bench sql}: every library query at scale 1 and 10 (Parquet, seed 42), median of 3 warm runs after
 * one warm-up, through the workbench's own editor-to-grid path (QueryService with the default row cap),
 * against DuckDB running the same SQL over the same Parquet files in this JVM; at scale 1 also against
 * the same query run directly on the SparkSession, which gives the workbench's own overhead.
 */
public final class SqlBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(SqlBenchmark.class);
    private static final int RUNS = 3;
    private static final long SEED = 42;
    private static final int CAP = QueryService.DEFAULT_ROW_CAP;

    /** Median milliseconds of one query; NaN where that side was not measured (or DuckDB could not run it). */
    record Timing(String id, double workbenchMs, double directMs, double duckMs) {

        boolean hasDuck() {
            return !Double.isNaN(duckMs);
        }

        double ratioVsDuck() {
            return workbenchMs / duckMs;
        }
    }

    private final SparkEngine engine;
    private final Figures figures;

    public SqlBenchmark(SparkEngine engine, Figures figures) {
        this.engine = engine;
        this.figures = figures;
    }

    public void run() throws Exception {
        Path root = Files.createTempDirectory("spark-workbench-bench-sql");
        Connection duck = BenchLib.duckDbOrNote(figures);
        try {
            List<Timing> scale1 = scale(root, 1, duck, true);
            figures.print("sql.scale1.max_ms", Math.round(maxWorkbenchMs(scale1)), "ms");
            figures.print("sql.overhead_pct", medianOverheadPct(scale1), "%");
            List<Timing> scale10 = scale(root, 10, duck, false);
            figures.print("sql.scale10.max_ms", Math.round(maxWorkbenchMs(scale10)), "ms");
            if (scale10.stream().anyMatch(Timing::hasDuck)) {
                figures.print("sql.scale10.ratio_vs_duckdb.max",
                        scale10.stream().filter(Timing::hasDuck).mapToDouble(Timing::ratioVsDuck).max().orElseThrow(), "x");
            }
            new WideSelectBenchmark(engine, figures).run();
        } finally {
            if (duck != null) {
                duck.close();
            }
            GenerateBenchmark.delete(root);
        }
    }


    private List<Timing> scale(Path root, int scale, Connection duck, boolean withDirect) throws Exception {
        Path folder = root.resolve("scale" + scale);
        new DataGenService(engine).generate(GenerationRequest.allTables(scale, SEED, folder, DataFormat.PARQUET))
                .task().future().join();
        new DatasetCatalog(engine).open(folder).future().join();
        boolean duckViews = duck != null && duckViews(duck, folder);
        List<Timing> timings = new ArrayList<>();
        for (QueryLibrary.Entry entry : QueryLibrary.all()) {
            Timing t = measure(entry, "sql.scale" + scale + "." + entry.id(), duckViews ? duck : null, withDirect);
            LOG.info("bench sql scale {} {}: workbench {} ms, direct {} ms, DuckDB {} ms{}", scale, entry.id(),
                    ms(t.workbenchMs()), ms(t.directMs()), ms(t.duckMs()),
                    DuckDbQueries.hasDialectVersion(entry) ? " (DuckDB dialect version)" : "");
            if (scale == 1) {
                figures.print("sql.scale1." + entry.id() + ".ms", Math.round(t.workbenchMs()), "ms");
                if (t.hasDuck()) {
                    figures.print("sql.scale1." + entry.id() + ".ratio_vs_duckdb", t.ratioVsDuck(), "x");
                }
            }
            timings.add(t);
        }
        // Spark's and DuckDB's views of this scale are replaced by the next scale's before anyone reads them.
        GenerateBenchmark.delete(folder);
        return timings;
    }

    private boolean duckViews(Connection duck, Path folder) {
        try {
            DuckDbQueries.createViews(duck, folder);
            return true;
        } catch (SQLException e) {
            figures.note("DuckDB peer skipped at " + folder.getFileName() + ": cannot read the Parquet files: " + e.getMessage());
            return false;
        }
    }

    /**
     * One warm-up of each side, then {@link #RUNS} interleaved rounds. A DuckDB warm-up that fails means
     * DuckDB cannot run this query: it gets a note and no ratio, never a made-up number.
     */
    private Timing measure(QueryLibrary.Entry entry, String name, Connection duck, boolean withDirect) throws Exception {
        String sql = entry.sql();
        SqlStatement statement = SqlStatement.of(sql);
        QueryService service = new QueryService(engine);
        SparkSession spark = engine.awaitSession();
        List<WarmTimer.Action> actions = new ArrayList<>();
        actions.add(() -> service.run(statement, sql, CAP).future().join());
        if (withDirect) {
            actions.add(() -> spark.sql(sql).limit(CAP + 1).collectAsList());
        }
        for (WarmTimer.Action action : actions) {
            action.run();
        }
        boolean duckRuns = duck != null && duckWarmUp(duck, entry, name);
        if (duckRuns) {
            String duckSql = DuckDbQueries.sqlFor(entry);
            actions.add(() -> DuckDbQueries.run(duck, duckSql, CAP + 1));
        }
        double[] ms = WarmTimer.medians(RUNS, actions);
        return new Timing(entry.id(), ms[0], withDirect ? ms[1] : Double.NaN, duckRuns ? ms[ms.length - 1] : Double.NaN);
    }

    private boolean duckWarmUp(Connection duck, QueryLibrary.Entry entry, String name) {
        try {
            DuckDbQueries.run(duck, DuckDbQueries.sqlFor(entry), CAP + 1);
            return true;
        } catch (SQLException e) {
            figures.note(name + ": DuckDB cannot run this query, no ratio: " + e.getMessage().lines().findFirst().orElse(""));
            return false;
        }
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "-" : Long.toString(Math.round(value));
    }

    static double maxWorkbenchMs(List<Timing> timings) {
        return timings.stream().mapToDouble(Timing::workbenchMs).max().orElseThrow();
    }

    /** The workbench path's overhead over the bare SparkSession, per query, and its median over the library. */
    static double medianOverheadPct(List<Timing> timings) {
        return Figures.median(timings.stream().mapToDouble(t -> WarmTimer.overheadPct(t.workbenchMs(), t.directMs())).toArray());
    }
}

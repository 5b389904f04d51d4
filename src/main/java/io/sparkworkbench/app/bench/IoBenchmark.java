package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.EcommerceTable;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.datagen.GenerationResult;
import io.sparkworkbench.engine.datagen.TableSizes;
import io.sparkworkbench.engine.files.ImportOptions;
import io.sparkworkbench.engine.files.ImportResult;
import io.sparkworkbench.engine.files.ImportService;
import io.sparkworkbench.engine.explore.ProfileService;
import io.sparkworkbench.engine.explore.TableProfile;
import io.sparkworkbench.engine.dataset.DatasetManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * {@code bench io}: reading files through the workbench's own import path, against DuckDB reading the same
 * files in this JVM, and profiling a 5-million-row table.
 *
 * <p>The file is the generated {@code orders} table (seed 42; 8 columns: two longs, an ISO timestamp, three
 * low-cardinality strings, two decimals) written by the generator as CSV at the scale that makes it ~1 GB
 * (~100 MB with {@code --quick}), its part files joined into one file with one header, as a user would
 * import it. The Parquet copy is that CSV read by Spark with the generator's schema and written as Parquet.
 * The file was just written, so both sides read it from the OS page cache.
 *
 * <p>What each side does, per measured run:
 * <ul>
 * <li>workbench: {@code ImportService.importAs(file, ImportService.suggestOptions(file), view)}, wall time
 * from the call to its future's result (whatever the import does: schema inference, the count of rows
 * and malformed rows); before each run the previous run's view is dropped and Spark's cache cleared, so no
 * run reuses another's work;</li>
 * <li>DuckDB: {@code SELECT count(*), count(COLUMNS(*)) FROM read_csv(file, header = true)} (or
 * {@code read_parquet}): counting every column's non-null values makes it parse and convert every field
 * of every row (CSV) or decode every column (Parquet), where a bare {@code count(*)} would only find line
 * ends, or read the Parquet footers. DuckDB detects CSV types from a sample; it does not infer from the
 * whole file.</li>
 * </ul>
 * The workbench's CSV import (ADR 0008) makes two passes over the file: schema inference over all of it, then
 * one aggregate counting rows and malformed rows that parses every column. Its Parquet import counts with
 * {@code count()}, which Spark answers from the footers: so for Parquet a second peer is DuckDB's bare
 * {@code count(*)}, also from the footers ({@code io.parquet.ratio_vs_duckdb_count_star}).
 *
 * One warm-up of each side (CSV: on the file's first 16 MB of lines; Parquet: on the whole copy), then the median of
 * {@link #RUNS} interleaved runs (WarmTimer).
 */
public final class IoBenchmark {

    static final long FULL_BYTES = 1_000_000_000L;
    static final long QUICK_BYTES = 100_000_000L;
    /**
     * CSV bytes per generated order, measured at seed 42: 80.5 at scale 265 (1,066,870,699 bytes for 13.25M
     * orders), 75.5 at scale 1 (ids have fewer digits). Sized for the ~1 GB file; the quick one comes out ~95 MB.
     */
    static final double ORDERS_CSV_BYTES_PER_ROW = 80;
    static final long PROFILE_ROWS = 5_000_000;
    static final long PROFILE_TARGET_MS = 10_000;
    /** The CSV warm-up reads the first lines of the file, this many bytes of them. */
    static final long WARM_UP_BYTES = 16_000_000;
    private static final int RUNS = 3;
    private static final long SEED = 42;
    private static final String CSV_VIEW = "bench_io_csv";
    private static final String PARQUET_VIEW = "bench_io_parquet";
    private static final String PROFILE_VIEW = "bench_profile5m";

    private final SparkEngine engine;
    private final Figures figures;
    /** The generated orders table's schema (from its manifest), so the Parquet copy needs no inference. */
    private String ordersSchema;

    public IoBenchmark(SparkEngine engine, Figures figures) {
        this.engine = engine;
        this.figures = figures;
    }

    /** The generator scale whose orders table, written as CSV, is about {@code bytes} long. */
    static double scaleFor(long bytes) {
        double scale = bytes / (ORDERS_CSV_BYTES_PER_ROW * TableSizes.of(1).orders());
        return Math.max(GenerationRequest.MIN_SCALE, Math.min(GenerationRequest.MAX_SCALE, Math.round(scale)));
    }

    public void run(boolean quick) throws Exception {
        Path root = Files.createTempDirectory("spark-workbench-bench-io");
        Connection duck = BenchLib.duckDbOrNote(figures);
        try {
            Source csv = prepareCsv(root, scaleFor(quick ? QUICK_BYTES : FULL_BYTES));
            figures.print("io.csv.bytes", csv.bytes(), "bytes");
            figures.print("io.csv.rows", csv.rows(), "rows");
            Source parquet = writeParquet(csv, root.resolve("orders_parquet"));
            figures.print("io.parquet.bytes", parquet.bytes(), "bytes");

            String csvSql = "SELECT count(*), count(COLUMNS(*)) FROM read_csv(" + literal(csv.path()) + ", header = true)";
            String warmSql = "SELECT count(*), count(COLUMNS(*)) FROM read_csv(" + literal(csv.warmUp()) + ", header = true)";
            measure("io.csv", csv, CSV_VIEW, duck, csvSql, warmSql);
            String parquetSql = "SELECT count(*), count(COLUMNS(*)) FROM read_parquet(" + literal(parquet.path().resolve("*.parquet")) + ")";
            double parquetMs = measure("io.parquet", parquet, PARQUET_VIEW, duck, parquetSql, parquetSql);
            countStarPeer(duck, parquet, parquetMs);

            profile(root.resolve("profile5m"));
        } finally {
            if (duck != null) {
                duck.close();
            }
            dropViews();
            GenerateBenchmark.delete(root);
        }
    }

    /** The file to import, how many rows and bytes it has, and a small file of the same kind to warm up on. */
    record Source(Path path, long rows, long bytes, Path warmUp) {
    }

    private Source prepareCsv(Path root, double scale) throws IOException {
        Path generated = root.resolve("generated");
        long t0 = System.nanoTime();
        GenerationResult result = new DataGenService(engine).generate(new GenerationRequest(scale, SEED, generated, DataFormat.CSV,
                EnumSet.of(EcommerceTable.ORDERS))).task().future().join();
        long rows = result.tables().get(0).rows();
        List<Path> parts;
        try (Stream<Path> files = Files.list(generated.resolve(EcommerceTable.ORDERS.sqlName()))) {
            parts = files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        Path file = root.resolve("orders.csv");
        long bytes = CsvParts.concat(parts, file);
        Path warmUp = root.resolve("orders-warmup.csv");
        CsvParts.head(file, warmUp, WARM_UP_BYTES);
        this.ordersSchema = DatasetManifest.read(generated).orElseThrow().tables().get(EcommerceTable.ORDERS.sqlName()).schemaDdl();
        GenerateBenchmark.delete(generated);
        dropView(EcommerceTable.ORDERS.sqlName()); // the generator registered it over the folder just deleted
        figures.note("CSV: generated orders at scale " + (long) scale + " (seed " + SEED + "), " + parts.size()
                + " part files joined into one file in " + Math.round((System.nanoTime() - t0) / 1e6) + " ms");
        return new Source(file, rows, bytes, warmUp);
    }

    private Source writeParquet(Source csv, Path folder) throws IOException {
        String schema = ordersSchema;
        engine.submit("bench: Parquet copy of the CSV", ctx -> {
            ctx.spark().read().schema(schema).option("header", "true").csv(csv.path().toString()).write().parquet(folder.toString());
            return null;
        }).future().join();
        long bytes;
        try (Stream<Path> files = Files.walk(folder)) {
            bytes = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).mapToLong(IoBenchmark::size).sum();
        }
        return new Source(folder, csv.rows(), bytes, folder);
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Prints the figures of one file; returns the workbench's median import time (NaN when the import failed). */
    private double measure(String name, Source source, String view, Connection duck, String duckSql, String duckWarmSql) throws Exception {
        ImportService imports = new ImportService(engine);
        ImportOptions options;
        try {
            options = ImportService.suggestOptions(source.path());
            figures.note(name + ": suggested options " + options);
            ImportResult warm = imports.importAs(source.warmUp(), ImportService.suggestOptions(source.warmUp()), view).future().join();
            figures.note(name + ": warm-up import of " + source.warmUp().getFileName() + ": " + warm.rows() + " rows in " + warm.elapsedMs() + " ms");
            dropView(view);
        } catch (RuntimeException e) {
            figures.note(name + ": the workbench import FAILED, no figures for it: " + e);
            options = null;
        }
        boolean duckRuns = duck != null && duckWarmUp(duck, name, duckWarmSql);
        List<WarmTimer.Action> actions = new ArrayList<>();
        AtomicReference<ImportResult> last = new AtomicReference<>();
        if (options != null) {
            ImportOptions chosen = options;
            actions.add(() -> last.set(imports.importAs(source.path(), chosen, view).future().join()));
        }
        long[] duckRows = new long[1];
        if (duckRuns) {
            actions.add(() -> duckRows[0] = duckCount(duck, duckSql));
        }
        if (options != null) {
            // Not a figure: drops the view the import made and clears Spark's cache before the next round.
            actions.add(() -> dropView(view));
        }
        if (actions.isEmpty()) {
            return Double.NaN;
        }
        double[] ms = WarmTimer.medians(RUNS, actions);
        double duckMs = duckRuns ? ms[options != null ? 1 : 0] : Double.NaN;
        if (options != null) {
            ImportResult result = last.get();
            double importMs = ms[0];
            figures.print(name + ".import_ms", Math.round(importMs), "ms");
            figures.print(name + ".rows_per_s", Math.round(result.rows() / (importMs / 1000)), "rows/s");
            figures.note(name + ": last import counted " + result.rows() + " rows, " + result.malformed() + " malformed, "
                    + result.columns().size() + " columns, its own elapsedMs " + result.elapsedMs());
            if (result.rows() != source.rows() || result.malformed() != 0) {
                figures.note(name + ": WRONG COUNT: the import reported " + result.rows() + " rows and " + result.malformed()
                        + " malformed; the file has " + source.rows() + " rows, none malformed");
            }
            if (duckRuns) {
                figures.print(name + ".duckdb_ms", Math.round(duckMs), "ms");
                figures.print(name + ".ratio_vs_duckdb", importMs / duckMs, "x");
            }
        } else if (duckRuns) {
            figures.print(name + ".duckdb_ms", Math.round(duckMs), "ms");
        }
        if (duckRuns && duckRows[0] != source.rows()) {
            figures.note(name + ": DuckDB counted " + duckRows[0] + " rows, the file has " + source.rows());
        }
        return options != null ? ms[0] : Double.NaN;
    }

    /**
     * The workbench counts a Parquet import from the files' footers (ImportService: {@code count()}), so
     * beside the full-decode ratio this gives DuckDB's footer count, {@code count(*)} alone, as a second peer.
     */
    private void countStarPeer(Connection duck, Source parquet, double importMs) throws Exception {
        if (duck == null) {
            return;
        }
        String sql = "SELECT count(*) FROM read_parquet(" + literal(parquet.path().resolve("*.parquet")) + ")";
        duckCount(duck, sql);
        double ms = WarmTimer.medians(RUNS, List.of(() -> duckCount(duck, sql)))[0];
        figures.print("io.parquet.duckdb_count_star_ms", ms, "ms");
        if (!Double.isNaN(importMs)) {
            figures.print("io.parquet.ratio_vs_duckdb_count_star", importMs / ms, "x");
        }
    }


    private boolean duckWarmUp(Connection duck, String name, String sql) {
        try {
            duckCount(duck, sql);
            return true;
        } catch (SQLException e) {
            figures.note(name + ": DuckDB cannot read the file, no ratio: " + e.getMessage().lines().findFirst().orElse(""));
            return false;
        }
    }

    /** Runs a {@code count(*), count(COLUMNS(*))} query and returns the row count (every column is read to answer it). */
    private static long duckCount(Connection duck, String sql) throws SQLException {
        try (Statement st = duck.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            int columns = rs.getMetaData().getColumnCount();
            for (int c = 2; c <= columns; c++) {
                rs.getLong(c);
            }
            return rs.getLong(1);
        }
    }

    static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /**
     * {@code ProfileService.profile} over 5M rows x 10 columns of every kind a profile treats differently, as
     * a temp view over Parquet on disk. Values come from hashes of the id, so they are not sorted.
     */
    private void profile(Path folder) throws Exception {
        engine.submit("bench: write the 5M-row profile table", ctx -> {
            ctx.spark().range(0, PROFILE_ROWS, 1, 4).selectExpr(PROFILE_COLUMNS.toArray(String[]::new))
                    .write().parquet(folder.toString());
            ctx.spark().read().parquet(folder.toString()).createOrReplaceTempView(PROFILE_VIEW);
            return null;
        }).future().join();
        ProfileService profiles = new ProfileService(engine);
        TableProfile first;
        long t0 = System.nanoTime();
        try {
            first = profiles.profile(PROFILE_VIEW).future().join();
        } catch (RuntimeException e) {
            figures.note("io.profile_5m: the profile FAILED, no figures for it: " + e);
            return;
        }
        figures.print("io.profile_5m.cold_ms", Math.round((System.nanoTime() - t0) / 1e6), "ms");
        checkProfile(first);
        double[] ms = WarmTimer.medians(RUNS, List.of(() -> profiles.profile(PROFILE_VIEW).future().join()));
        figures.print("io.profile_5m.ms", Math.round(ms[0]), "ms");
        figures.print("io.profile_5m.target_ms", PROFILE_TARGET_MS, "ms");
        if (ms[0] >= PROFILE_TARGET_MS) {
            figures.note("io.profile_5m: over its target of " + PROFILE_TARGET_MS + " ms");
        }
    }

    /**
     * The profile table: id, customer_id (5% null, ~200k distinct), quantity, price, amount, channel (5
     * values), sku (~3.4M distinct), order_day, event_ts, returned.
     */
    static final List<String> PROFILE_COLUMNS = List.of(
            "id",
            "CASE WHEN pmod(xxhash64(id, 1), 20) = 0 THEN NULL ELSE pmod(xxhash64(id, 2), 200000) + 1 END AS customer_id",
            "cast(pmod(xxhash64(id, 3), 10) + 1 AS int) AS quantity",
            "pmod(xxhash64(id, 4), 1000000) / 997.0d AS price",
            "cast(pmod(xxhash64(id, 5), 10000000) / 100 AS decimal(12,2)) AS amount",
            "element_at(array('web', 'mobile_app', 'marketplace', 'store', 'phone'), cast(pmod(xxhash64(id, 6), 5) AS int) + 1) AS channel",
            "concat('SKU-', lpad(hex(pmod(xxhash64(id, 7), 4000000)), 6, '0')) AS sku",
            "date_add(DATE'2024-01-01', cast(pmod(xxhash64(id, 8), 731) AS int)) AS order_day",
            "timestamp_seconds(1704067200 + pmod(xxhash64(id, 9), 63158400)) AS event_ts",
            "pmod(xxhash64(id, 10), 100) < 7 AS returned");

    /** Notes (never fails the run) where the profile disagrees with what the table is known to hold. */
    private void checkProfile(TableProfile profile) {
        List<String> wrong = new ArrayList<>();
        if (profile.rows() != PROFILE_ROWS) {
            wrong.add("rows " + profile.rows() + " (expected " + PROFILE_ROWS + ")");
        }
        if (profile.columns().size() != PROFILE_COLUMNS.size()) {
            wrong.add(profile.columns().size() + " columns (expected " + PROFILE_COLUMNS.size() + ")");
        }
        profile.columns().forEach(c -> {
            switch (c.name()) {
                case "id" -> expect(wrong, c.name() + " distinct", c.distinct(), PROFILE_ROWS, 0.1);
                case "customer_id" -> expect(wrong, c.name() + " nulls", c.nulls(), PROFILE_ROWS / 20, 0.02);
                case "channel" -> expect(wrong, c.name() + " distinct", c.distinct(), 5, 0);
                case "returned" -> expect(wrong, c.name() + " distinct", c.distinct(), 2, 0);
                default -> {
                }
            }
        });
        figures.note("io.profile_5m: " + profile.rows() + " rows, " + profile.columns().size() + " columns"
                + (wrong.isEmpty() ? ", statistics as expected" : "; LOOKS WRONG: " + String.join(", ", wrong)));
    }

    private static void expect(List<String> wrong, String what, long actual, long expected, double tolerance) {
        if (Math.abs(actual - expected) > tolerance * expected) {
            wrong.add(what + " " + actual + " (expected about " + expected + ")");
        }
    }

    private void dropView(String view) {
        engine.submit("bench: drop " + view, ctx -> {
            ctx.spark().catalog().dropTempView(view);
            ctx.spark().catalog().clearCache();
            return null;
        }).future().join();
    }

    private void dropViews() {
        try {
            for (String view : List.of(CSV_VIEW, PARQUET_VIEW, PROFILE_VIEW)) {
                dropView(view);
            }
        } catch (RuntimeException e) {
            figures.note("Could not drop the benchmark's views: " + e.getMessage());
        }
    }
}

package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.EcommerceTable;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.datagen.GenerationResult;
import io.sparkworkbench.engine.datagen.TableSizes;
import io.sparkworkbench.engine.dataset.TableSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code bench generate}: all tables to Parquet at scale 1 and 10 (median of 3 warm runs), DuckDB writing
 * the same row counts and columns at scale 10 in this JVM, and one scale-100 run within the app's heap.
 */
public final class GenerateBenchmark {

    private static final int RUNS = 3;
    private static final int WARMUPS_SMALL = 3;

    private final SparkEngine engine;
    private final Figures figures;

    public GenerateBenchmark(SparkEngine engine, Figures figures) {
        this.engine = engine;
        this.figures = figures;
    }

    public void run(boolean includeScale100) throws IOException {
        figures.print("session.ready_ms", engine.readyMillis(), "ms");
        Path root = Files.createTempDirectory("spark-workbench-bench");
        try {
            generate(root, 1, 1);
            double scale1 = timed(root, 1);
            GenerationResult last = lastResult;
            figures.print("generate.scale1.wall_ms", scale1, "ms");
            figures.print("generate.scale1.rows_per_s", Math.round(totalRows(last) / (scale1 / 1000)), "rows/s");
            double scale10 = timed(root, 10);
            figures.print("generate.scale10.wall_ms", scale10, "ms");
            figures.print("generate.scale10.rows_per_s", Math.round(totalRows(lastResult) / (scale10 / 1000)), "rows/s");
            duckDbRatio(root, scale10, lastResult);
            if (includeScale100) {
                HeapPeaks.reset();
                long t0 = System.nanoTime();
                GenerationResult big = generate(root, 100, 0);
                figures.print("generate.scale100.wall_ms", Math.round((System.nanoTime() - t0) / 1e6), "ms");
                figures.print("generate.scale100.rows", totalRows(big), "rows");
                figures.print("generate.scale100.heap_peak_mb", HeapPeaks.peakMb(), "MB");
                figures.print("jvm.heap_max_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024), "MB");
            }
        } finally {
            delete(root);
        }
    }

    private GenerationResult lastResult;

    /**
     * Median wall time of {@link #RUNS} runs after warm-up runs: small scales need a few before the JIT has
     * compiled Spark's planner and writer paths, which is the state a user who generates twice is in.
     */
    private double timed(Path root, double scale) {
        for (int i = 0; i < (scale <= 1 ? WARMUPS_SMALL : 1); i++) {
            generate(root, scale, 0);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            lastResult = generate(root, scale, i + 1);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return Math.round(Figures.median(ms));
    }

    private GenerationResult generate(Path root, double scale, int run) {
        Path out = root.resolve("spark-s" + scale + "-" + run);
        GenerationResult result = new DataGenService(engine)
                .generate(GenerationRequest.allTables(scale, 42, out, DataFormat.PARQUET)).task().future().join();
        delete(out);
        return result;
    }

    private void duckDbRatio(Path root, double sparkMs, GenerationResult spark) {
        Map<EcommerceTable, Long> rows = new EnumMap<>(EcommerceTable.class);
        for (TableSummary t : spark.tables()) {
            rows.put(EcommerceTable.parse(t.table()), t.rows());
        }
        try (Connection duck = BenchLib.duckDb()) {
            double[] ms = new double[RUNS + 1];
            for (int i = 0; i <= RUNS; i++) {
                Path out = Files.createDirectories(root.resolve("duck-" + i));
                long t0 = System.nanoTime();
                DuckDbGenerator.write(duck, out, TableSizes.of(10), rows);
                ms[i] = (System.nanoTime() - t0) / 1e6;
                delete(out);
            }
            double duckMs = Math.round(Figures.median(java.util.Arrays.copyOfRange(ms, 1, ms.length)));
            figures.print("generate.scale10.duckdb_wall_ms", duckMs, "ms");
            figures.print("generate.scale10.ratio_vs_duckdb", sparkMs / duckMs, "x");
        } catch (SQLException | IOException e) {
            figures.note("DuckDB peer skipped: " + e.getMessage());
        }
    }

    private static long totalRows(GenerationResult result) {
        return result.tables().stream().mapToLong(TableSummary::rows).sum();
    }


    static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package io.sparkworkbench.app.cli;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.DatasetInsights;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.datagen.GenerationResult;
import io.sparkworkbench.engine.smoke.InstallationChecks;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Proves an installation works: engine up, a tiny data set written, one query answered. */
@Command(name = "smoke", mixinStandardHelpOptions = true,
        description = "Start Spark headless, generate scale 0.01 into a temp folder, run one query, and check MLlib (K-Means),"
                + " GraphX (PageRank) and Structured Streaming (a windowed query over a folder).")
public final class SmokeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        SparkEngine engine = HeadlessEngine.start("local[*]");
        out.printf(Locale.ROOT, "Spark %s ready on %s (%d cores) in %d ms%n", engine.status().sparkVersion(),
                engine.status().master(), engine.status().cores(), engine.readyMillis());
        Path folder = Files.createTempDirectory("spark-workbench-smoke");
        try {
            GenerationResult result = new DataGenService(engine)
                    .generate(GenerationRequest.allTables(0.01, 42, folder, DataFormat.PARQUET)).task().future().join();
            out.printf(Locale.ROOT, "generated %d tables (%,d rows) in %.2f s%n", result.tables().size(),
                    result.tables().stream().mapToLong(t -> t.rows()).sum(), result.seconds());
            List<Row> rows = engine.submit("Smoke query",
                    ctx -> ctx.spark().sql(DatasetInsights.REVENUE_BY_CATEGORY_SQL).limit(8).collectAsList()).future().join();
            out.println("category            orders     revenue");
            for (Row row : rows) {
                out.printf(Locale.ROOT, "%-18s %7d %11.2f%n", row.getString(0), row.getLong(1),
                        ((java.math.BigDecimal) row.get(2)).doubleValue());
            }
            if (rows.size() != 8) {
                out.println("smoke FAILED: expected 8 categories, got " + rows.size());
                return WorkbenchCommand.EXIT_FAILURE;
            }
            Path streamFolder = folder.resolve("stream");
            List<InstallationChecks.Check> checks = engine.submit("Smoke: MLlib, GraphX, streaming", ctx -> List.of(
                    InstallationChecks.kmeans(ctx), InstallationChecks.pagerank(ctx),
                    InstallationChecks.streaming(ctx, streamFolder))).future().join();
            boolean allOk = true;
            for (InstallationChecks.Check check : checks) {
                out.printf(Locale.ROOT, "%-16s %s  %s%n", check.name(), check.ok() ? "ok" : "FAILED", check.detail());
                allOk &= check.ok();
            }
            if (!allOk) {
                out.println("smoke FAILED: a library check gave a wrong answer");
                return WorkbenchCommand.EXIT_FAILURE;
            }
            out.printf(Locale.ROOT, "smoke OK in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            return 0;
        } finally {
            out.flush();
            deleteTree(folder);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

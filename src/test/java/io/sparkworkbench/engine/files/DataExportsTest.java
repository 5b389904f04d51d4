package io.sparkworkbench.engine.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Exports write everything or change nothing. */
class DataExportsTest {

    private static final SparkEngine ENGINE = SharedSparkEngine.get();
    private static final SparkSession SPARK = ENGINE.awaitSession();

    @TempDir
    Path dir;

    private final DataExports exports = new DataExports(ENGINE);

    @BeforeAll
    static void sampleView() {
        SPARK.range(0, 2_000, 1, 3).selectExpr("id", "id % 4 AS bucket", "concat('row ', id) AS label")
                .createOrReplaceTempView("`export sample`");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Dataset<Row> readBack(Path path, SourceFormat format) {
        var reader = SPARK.read().format(format.name().toLowerCase(java.util.Locale.ROOT)).schema(SPARK.table("`export sample`").schema());
        if (format == SourceFormat.CSV) {
            reader = reader.option("header", "true");
        }
        return reader.load(path.toString());
    }

    private void assertSameRowsAsSample(Dataset<Row> back) {
        Dataset<Row> sample = SPARK.table("`export sample`");
        assertThat(back.count()).isEqualTo(2_000);
        Dataset<Row> ordered = back.selectExpr(sample.columns());
        assertThat(ordered.exceptAll(sample).isEmpty()).isTrue();
        assertThat(sample.exceptAll(ordered).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void everyFormatWritesAFolderThatReadsBackTheSameRows(SourceFormat format) throws IOException {
        Path target = dir.resolve("out-" + format);
        ExportOutcome outcome = exports.export(ExportRequest.ofView("export sample", target, format, List.of(), false)).future().join();
        assertThat(outcome.target()).isEqualTo(target);
        assertThat(outcome.rows()).isEqualTo(2_000);
        assertThat(outcome.replacedExisting()).isFalse();
        assertThat(outcome.bytes()).isEqualTo(io.sparkworkbench.engine.dataset.DataFiles.of(target).bytes()).isPositive();
        assertSameRowsAsSample(readBack(target, format));
        assertThat(names()).containsExactly("out-" + format);
    }

    @Test
    void singleFileIsOneFileAtTheTarget() throws IOException {
        Path target = dir.resolve("sample.csv");
        ExportOutcome outcome = exports.export(ExportRequest.ofView("export sample", target, SourceFormat.CSV, List.of(), true))
                .future().join();
        assertThat(Files.isRegularFile(target)).isTrue();
        assertThat(outcome.bytes()).isEqualTo(Files.size(target));
        assertThat(Files.readAllLines(target)).hasSize(2_001).first().isEqualTo("id,bucket,label");
        assertSameRowsAsSample(readBack(target, SourceFormat.CSV));
        assertThat(names()).containsExactly("sample.csv");
    }

    @Test
    void jsonKeepsAColumnThatIsNullInEveryRow() throws IOException {
        Path target = dir.resolve("nulls.json");
        exports.export(new ExportRequest("SELECT id, CAST(NULL AS STRING) AS note FROM range(2)", target, SourceFormat.JSON,
                List.of(), true)).future().join();
        assertThat(Files.readAllLines(target)).containsExactly("{\"id\":0,\"note\":null}", "{\"id\":1,\"note\":null}");
    }

    @Test
    void partitionByWritesOneSubFolderPerValue() throws IOException {
        Path target = dir.resolve("by-bucket");
        ExportOutcome outcome = exports.export(ExportRequest.ofView("export sample", target, SourceFormat.PARQUET, List.of("bucket"), false))
                .future().join();
        assertThat(outcome.rows()).isEqualTo(2_000);
        try (Stream<Path> s = Files.list(target)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("bucket="))).hasSize(4);
        }
        assertSameRowsAsSample(SPARK.read().parquet(target.toString()).select("id", "bucket", "label"));
    }

    @Test
    void replacingSaysSoAndLeavesOnlyTheNewData() throws IOException {
        Path target = dir.resolve("again");
        exports.export(new ExportRequest("SELECT id FROM range(5)", target, SourceFormat.JSON, List.of(), false)).future().join();
        assertThat(DataExports.targetExists(new ExportRequest("SELECT 1", target, SourceFormat.JSON, List.of(), false))).isTrue();
        ExportOutcome second = exports.export(new ExportRequest("SELECT id FROM range(3)", target, SourceFormat.JSON, List.of(), false))
                .future().join();
        assertThat(second.replacedExisting()).isTrue();
        assertThat(SPARK.read().json(target.toString()).count()).isEqualTo(3);
        assertThat(names()).containsExactly("again");
    }

    @Test
    void aQueryFailingMidWriteKeepsTheOldDataAndRemovesTheStaging() throws IOException {
        Path target = dir.resolve("kept.csv");
        Files.writeString(target, "old export\n");
        String failing = "SELECT id, CASE WHEN id = 150000 THEN raise_error('boom at 150000') ELSE id END AS v FROM range(0, 200000, 1, 2)";
        assertThatThrownBy(() -> exports.export(new ExportRequest(failing, target, SourceFormat.CSV, List.of(), true)).future().join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(EngineException.class)
                .hasMessageContaining("Export to " + target + " failed").hasMessageContaining("boom at 150000")
                .hasMessageContaining("left as they were");
        assertThat(Files.readString(target)).isEqualTo("old export\n");
        assertThat(names()).containsExactly("kept.csv");

        Path folder = dir.resolve("kept-folder");
        exports.export(new ExportRequest("SELECT id FROM range(10)", folder, SourceFormat.PARQUET, List.of(), false)).future().join();
        String divide = "SELECT id, 10 / (id - 900) AS v FROM range(0, 1000, 1, 2)";
        assertThatThrownBy(() -> exports.export(new ExportRequest(divide, folder, SourceFormat.PARQUET, List.of(), false)).future().join())
                .hasMessageContaining("DIVIDE_BY_ZERO");
        assertThat(SPARK.read().parquet(folder.toString()).count()).isEqualTo(10);
        assertThat(names()).containsExactly("kept-folder", "kept.csv");
    }

    @Test
    void aStoppedExportKeepsTheOldDataAndRemovesTheStaging() throws Exception {
        Path target = dir.resolve("slow");
        exports.export(new ExportRequest("SELECT id FROM range(7)", target, SourceFormat.CSV, List.of(), false)).future().join();
        EngineTask<ExportOutcome> task = exports.export(new ExportRequest(
                "SELECT id, sha2(cast(id AS string), 512) AS h FROM range(0, 3000000000, 1, 2)", target, SourceFormat.CSV, List.of(), false));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!hasStaging() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(hasStaging()).as("the export started writing").isTrue();
        task.cancel();
        assertThatThrownBy(() -> task.future().get(30, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertThat(names()).containsExactly("slow");
        assertThat(SPARK.read().option("header", "true").csv(target.toString()).count()).isEqualTo(7);
    }

    private boolean hasStaging() throws IOException {
        return names().stream().anyMatch(n -> n.startsWith(".slow.staging-"));
    }

    @Test
    void whenTheMoveInFailsTheOldDataGoBack() throws IOException {
        Path target = dir.resolve("swap");
        exports.export(new ExportRequest("SELECT id FROM range(4)", target, SourceFormat.PARQUET, List.of(), false)).future().join();
        DataExports failingMoveIn = new DataExports(ENGINE, (from, to) -> {
            if (to.equals(target) && from.getFileName().toString().startsWith(".swap.staging-")) {
                throw new java.nio.file.FileSystemException(to.toString(), null, "No space left on device");
            }
            StagedExport.RENAME.move(from, to);
        });
        assertThatThrownBy(() -> failingMoveIn.export(new ExportRequest("SELECT id FROM range(9)", target, SourceFormat.PARQUET,
                List.of(), false)).future().join())
                .hasCauseInstanceOf(EngineException.class).hasMessageContaining("No space left on device")
                .hasMessageContaining("the previous data were kept");
        assertThat(SPARK.read().parquet(target.toString()).count()).isEqualTo(4);
        assertThat(names()).containsExactly("swap");
    }

    @Test
    void refusalsNameTheTargetAndTheProblem() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        Path under = file.resolve("out.csv");
        assertThatThrownBy(() -> exports.export(ExportRequest.ofView("export sample", under, SourceFormat.CSV, List.of(), true)).future().join())
                .hasCauseInstanceOf(EngineException.class).hasMessageContaining("Cannot export to " + under)
                .hasMessageContaining("is a file, not a folder");
        Path target = dir.resolve("parts");
        assertThatThrownBy(() -> exports.export(ExportRequest.ofView("export sample", target, SourceFormat.CSV, List.of("nope"), false))
                .future().join())
                .hasMessageContaining("no column nope to partition by");
        assertThatThrownBy(() -> exports.export(new ExportRequest("SELEC 1", target, SourceFormat.CSV, List.of(), false)).future().join())
                .hasMessageContaining("Cannot export to " + target);
        assertThatThrownBy(() -> new ExportRequest("SELECT 1", target, SourceFormat.CSV, List.of("id"), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(names()).containsExactly("plain-file");
    }

    @Test
    void exportingOverTheFilesTheQueryReadsIsRefused() {
        Path source = dir.resolve("source");
        SPARK.range(10).write().parquet(source.toString());
        SPARK.read().parquet(source.toString()).createOrReplaceTempView("export_self");
        assertThatThrownBy(() -> exports.export(ExportRequest.ofView("export_self", source, SourceFormat.PARQUET, List.of(), false))
                .future().join())
                .hasMessageContaining("the query reads from it");
        assertThat(SPARK.table("export_self").count()).isEqualTo(10);
    }
}

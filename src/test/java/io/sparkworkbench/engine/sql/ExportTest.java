package io.sparkworkbench.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports write the whole result to one file, or nothing that looks complete. */
class ExportTest {

    @TempDir
    Path dir;

    private final SparkEngine engine = SharedSparkEngine.get();
    /** The command line's `sql --out`: one file, staged and moved into place, under a job tag Stop can cancel. */
    private EngineTask<Long> export(SqlStatement statement, Path file) {
        ResultFiles.formatOf(file);
        return engine.submit("Export to " + file.getFileName(),
                context -> QueryResults.writeAll(context.spark(), statement, statement.text(), file));
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEveryRowNotJustAPage() throws Exception {
        for (String name : List.of("all.csv", "all.json", "all.parquet")) {
            Path out = dir.resolve(name);
            long rows = export(SqlStatement.of("SELECT id, id % 3 AS bucket FROM range(25000)"), out).future().join();
            assertThat(rows).isEqualTo(25_000);
            long back = engine.awaitSession().read().format(ResultFiles.formatOf(out)).option("header", "true")
                    .load(out.toString()).count();
            assertThat(back).as(name).isEqualTo(25_000);
        }
        assertThat(files()).containsExactly("all.csv", "all.json", "all.parquet");
    }

    @Test
    void aFailingQueryLeavesNoFile() throws Exception {
        Path out = dir.resolve("broken.csv");
        String sql = "SELECT CAST(CASE WHEN id = 7000 THEN 'oops' ELSE CAST(id AS STRING) END AS INT) AS n FROM range(10000)";
        assertThatThrownBy(() -> export(SqlStatement.of(sql), out).future().join())
                .isInstanceOf(CompletionException.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void aStoppedExportLeavesNoFileAndKeepsTheOldOne() throws Exception {
        Path out = dir.resolve("big.csv");
        Files.writeString(out, "previous export\n");
        EngineTask<Long> task = export(SqlStatement.of("SELECT count(*) FROM range(0, 300000000000, 1, 2)"), out);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (engine.awaitSession().sparkContext().statusTracker().getActiveJobIds().length == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        task.cancel();
        assertThatThrownBy(() -> task.future().get(10, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        long quiet = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (files().size() > 1 && System.nanoTime() < quiet) {
            Thread.sleep(50);
        }
        assertThat(files()).containsExactly("big.csv");
        assertThat(Files.readString(out)).isEqualTo("previous export\n");
    }

    @Test
    void anUnknownExtensionIsRefusedUpFront() {
        assertThatThrownBy(() -> export(SqlStatement.of("SELECT 1"), dir.resolve("x.xlsx")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".csv, .json or .parquet");
    }
}

package io.sparkworkbench.ui.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.files.DataExports;
import io.sparkworkbench.engine.files.ExportRequest;
import io.sparkworkbench.engine.files.SourceFormat;
import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.engine.sql.SqlStatement;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.ui.common.DirectTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A result's Export… writes its statement's full rows through the explorer's atomic exports. */
class SqlResultExportTest {

    @TempDir
    Path dir;

    private final SparkEngine engine = SharedSparkEngine.get();

    private SqlResultModel result(String sql) {
        return new SqlResultModel(1, SqlStatement.of(sql), new QueryService(engine), new DataExports(engine)::export,
                new DirectTaskRunner(), 10);
    }

    private static void awaitExport(SqlResultModel result) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (result.exportingProperty().get() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void exportWritesTheWholeResultAndSaysSo() throws Exception {
        SqlResultModel result = result("SELECT id FROM range(1234)");
        Path out = dir.resolve("ids.csv");
        result.export(new ExportRequest(result.statement().text(), out, SourceFormat.CSV, List.of(), true));
        awaitExport(result);
        assertThat(result.exportStatusProperty().get()).startsWith("Exported 1,234 rows (").endsWith(") to " + out);
        assertThat(Files.readAllLines(out)).hasSize(1235);
    }

    @Test
    void aResultCanBeWrittenPartitioned() throws Exception {
        SqlResultModel result = result("SELECT id, id % 3 AS bucket FROM range(30)");
        Path out = dir.resolve("buckets");
        result.export(new ExportRequest(result.statement().text(), out, SourceFormat.PARQUET, List.of("bucket"), false));
        awaitExport(result);
        assertThat(result.exportStatusProperty().get()).startsWith("Exported 30 rows");
        assertThat(out.resolve("bucket=0")).isDirectory();
        assertThat(out.resolve("bucket=2")).isDirectory();
    }

    @Test
    void aFailedExportSaysTheOldDataAreKept() throws Exception {
        Path out = dir.resolve("kept.csv");
        Files.writeString(out, "old\n");
        SqlResultModel result = result("SELECT raise_error('boom') AS x FROM range(3)");
        result.export(new ExportRequest(result.statement().text(), out, SourceFormat.CSV, List.of(), true));
        awaitExport(result);
        assertThat(result.exportStatusProperty().get()).startsWith("Export failed, " + out + " is as it was");
        assertThat(Files.readString(out)).isEqualTo("old\n");
    }
}

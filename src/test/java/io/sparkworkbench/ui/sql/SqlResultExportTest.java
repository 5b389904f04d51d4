package io.sparkworkbench.ui.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.engine.sql.SqlStatement;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.ui.common.DirectTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlResultExportTest {

    @TempDir
    Path dir;

    private final SparkEngine engine = SharedSparkEngine.get();

    @Test
    void exportWritesTheWholeResultAndSaysSo() throws Exception {
        SqlResultModel result = new SqlResultModel(1, SqlStatement.of("SELECT id FROM range(1234)"),
                new QueryService(engine), new DirectTaskRunner(), 10);
        Path out = dir.resolve("ids.csv");
        result.export(out);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (result.exportingProperty().get() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(result.exportStatusProperty().get()).isEqualTo("Exported 1,234 rows to " + out);
        assertThat(Files.readAllLines(out)).hasSize(1235);
    }

    @Test
    void aBadFileNameIsReportedNotThrown() {
        SqlResultModel result = new SqlResultModel(1, SqlStatement.of("SELECT 1"), new QueryService(engine),
                new DirectTaskRunner(), 10);
        result.export(dir.resolve("report.xlsx"));
        assertThat(result.exportingProperty().get()).isFalse();
        assertThat(result.exportStatusProperty().get()).contains("must end in .csv, .json or .parquet");
    }
}

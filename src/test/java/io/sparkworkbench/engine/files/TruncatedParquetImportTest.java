package io.sparkworkbench.engine.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.sql.InputFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Parquet file cut short (a copy that stopped half-way) starts with PAR1, so only Spark's reader finds it
 * broken, inside a task: the message names the file and says why, not "Job aborted due to stage failure".
 */
class TruncatedParquetImportTest {

    @TempDir
    Path folder;

    @Test
    void aTruncatedParquetFileIsNamedWithTheReaderReason() throws Exception {
        Path written = folder.resolve("whole");
        ImportTesting.spark().sql("SELECT id, id * 2 AS twice FROM range(50)").coalesce(1).write().parquet(written.toString());
        Path part;
        try (var files = Files.list(written)) {
            part = files.filter(f -> f.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
        byte[] whole = Files.readAllBytes(part);
        Path truncated = Files.write(folder.resolve("truncated.parquet"), Arrays.copyOf(whole, whole.length / 2));

        InputFileException thrown = ImportTesting.failure(() -> ImportTesting.importAs(truncated, ImportService.suggestOptions(truncated),
                "truncated_import"));

        assertThat(thrown.getMessage()).startsWith("Cannot import " + truncated + " as PARQUET: ")
                .contains("truncated.parquet is not a Parquet file").contains("magic number at tail")
                .doesNotContain("Job aborted").doesNotContain("awaitResult").doesNotContain("\tat ");
    }
}

package io.sparkworkbench.engine.files;

import io.sparkworkbench.testing.StopBounds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCancelTest {

    @Test
    void stopEndsALargeImportQuicklyAndRegistersNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("large.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("id,name,price,day\n");
            for (int i = 0; i < 3_000_000; i++) {
                out.write(i + ",name_" + i + "," + (i % 1000) / 10.0 + ",2024-01-" + (10 + i % 20) + "\n");
            }
        }
        var spark = SharedSparkEngine.get().awaitSession();
        EngineTask<ImportResult> task = ImportTesting.SERVICE.importAs(file, ImportService.suggestOptions(file), "large_import");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (spark.sparkContext().statusTracker().getActiveJobIds().length == 0 && !task.future().isDone()
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(task.future().isDone()).as("the import should still be running").isFalse();
        assertThat(spark.sparkContext().statusTracker().getActiveJobIds()).as("a Spark job of the import runs").isNotEmpty();
        long t0 = System.nanoTime();
        task.cancel();
        assertThatThrownBy(() -> task.future().get(StopBounds.STOPPED_SECONDS, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(StopBounds.STOPPED);
        assertThat(spark.catalog().tableExists("large_import")).isFalse();
    }

    @Test
    void previewOfALargeFileReadsOnlyItsStart(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("wide.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("id,text\n");
            for (int i = 0; i < 400_000; i++) {
                out.write(i + ",row number " + i + " of a file bigger than the preview reads\n");
            }
        }
        assertThat(Files.size(file)).isGreaterThan(TextSample.MAX_BYTES * 10L);
        ImportPreview preview = ImportTesting.preview(file, ImportService.suggestOptions(file), 20);
        assertThat(preview.rows()).hasSize(20);
        assertThat(preview.rows().get(19).get(0)).isEqualTo(19);
    }
}

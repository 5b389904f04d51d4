package io.sparkworkbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.files.ImportResult;
import io.sparkworkbench.engine.files.ImportService;
import io.sparkworkbench.engine.files.ParseMode;
import io.sparkworkbench.engine.files.SourceFormat;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.ui.common.DirectTaskRunner;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The import dialog's model without a window: suggestions, name checks, preview and import. */
class ImportViewModelTest {

    private final ImportViewModel model = new ImportViewModel(new ImportService(SharedSparkEngine.get()), new DirectTaskRunner());

    private static Path badInput(String name) throws URISyntaxException {
        return Path.of(ImportViewModelTest.class.getResource("/bad-inputs/" + name).toURI());
    }

    private static void await(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(done.getAsBoolean()).as("finished in time").isTrue();
    }

    @Test
    void aFileFillsTheOptionsAndAViewName() throws Exception {
        model.load(badInput("ragged.csv"));
        await(() -> !model.inspectingProperty().get());
        assertThat(model.formatProperty().get()).isEqualTo(SourceFormat.CSV);
        assertThat(model.delimiterProperty().get()).isEqualTo(",");
        assertThat(model.viewNameProperty().get()).isEqualTo("ragged");
        assertThat(model.nameProblemProperty().get()).isEmpty();
        model.viewNameProperty().set("9lives");
        assertThat(model.nameProblemProperty().get()).contains("starts with a digit");
    }

    @Test
    void optionsReadInTheBackgroundReplaceTheDefaultsAndThePreviewUsesThem(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path semicolons = java.nio.file.Files.writeString(dir.resolve("semi.txt"), "a;b;c\n1;2;3\n4;5;6\n");
        model.load(semicolons);
        assertThat(model.viewNameProperty().get()).isEqualTo("semi");
        await(() -> !model.inspectingProperty().get());
        assertThat(model.delimiterProperty().get()).isEqualTo(";");
        await(() -> model.previewProperty().get() != null);
        assertThat(model.previewProperty().get().columns()).extracting(c -> c.name()).containsExactly("a", "b", "c");
    }

    @Test
    void previewShowsTheMalformedRowsAndImportCountsThem() throws Exception {
        model.load(badInput("ragged.csv"));
        model.refreshPreview();
        await(() -> model.previewProperty().get() != null);
        assertThat(model.previewProperty().get().malformedShown()).isEqualTo(2);
        assertThat(model.previewAction().statusProperty().get()).isEqualTo("4 rows shown, 2 of them malformed");

        model.modeProperty().set(ParseMode.DROPMALFORMED);
        model.viewNameProperty().set("ivm_ragged");
        CompletableFuture<ImportResult> done = new CompletableFuture<>();
        model.importNow(done::complete);
        ImportResult result = done.get(60, TimeUnit.SECONDS);
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.malformed()).isEqualTo(2);
        assertThat(result.malformedView()).contains("ivm_ragged_malformed");
    }

    @Test
    void anUnreadableFileIsNamedInTheStatus() throws Exception {
        model.load(badInput("binary.csv"));
        model.refreshPreview();
        // The options are read first, then the preview runs: wait for the preview's own verdict.
        await(() -> model.previewAction().statusProperty().get().startsWith("Cannot preview: "));
        assertThat(model.previewProperty().get()).isNull();
        assertThat(model.previewAction().statusProperty().get()).startsWith("Cannot preview: ")
                .contains("binary.csv is not CSV text");
    }
}

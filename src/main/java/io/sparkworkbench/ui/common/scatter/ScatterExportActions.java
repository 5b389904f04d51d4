package io.sparkworkbench.ui.common.scatter;

import io.sparkworkbench.ui.common.chart.ExportDialogs;
import io.sparkworkbench.ui.common.chart.ExportFormat;
import io.sparkworkbench.ui.common.chart.ImageSize;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The export commands of a {@link ScatterPlot}. On the JavaFX thread they ask the dialogs and take a
 * copy of what is shown; drawing and writing the file both happen on the IO executor (the state copy
 * needs no JavaFX), and the outcome comes back on the FX thread.
 */
final class ScatterExportActions {

    private static final Logger LOG = LoggerFactory.getLogger(ScatterExportActions.class);

    private final Supplier<PlotState> state;
    private final Supplier<ImageSize> shownSize;
    private final Supplier<String> name;
    private final Executor io;
    private final Consumer<String> status;
    private ExportDialogs dialogs;

    ScatterExportActions(Supplier<PlotState> state, Supplier<ImageSize> shownSize, Supplier<String> name,
                         Executor io, ExportDialogs dialogs, Consumer<String> status) {
        this.state = state;
        this.shownSize = shownSize;
        this.name = name;
        this.io = io;
        this.dialogs = dialogs;
        this.status = status;
    }

    void setDialogs(ExportDialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** Completes on the FX thread: the file written, empty if the user cancelled; fails if writing failed. */
    CompletableFuture<Optional<Path>> export(ExportFormat format) {
        PlotState shown = state.get();
        if (shown.data().isEmpty()) {
            status.accept("Nothing to export yet");
            return CompletableFuture.completedFuture(Optional.empty());
        }
        ImageSize size = shownSize.get();
        if (format == ExportFormat.PNG) {
            Optional<ImageSize> chosen = dialogs.choosePngSize(size);
            if (chosen.isEmpty()) {
                return CompletableFuture.completedFuture(Optional.empty());
            }
            size = chosen.get();
        }
        Optional<Path> target = dialogs.chooseFile(format, slug(name.get()));
        if (target.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Path file = target.get();
        ImageSize finalSize = size;
        status.accept("Saving " + file.getFileName() + "…");
        CompletableFuture<Optional<Path>> reported = new CompletableFuture<>();
        CompletableFuture.runAsync(() -> {
            try {
                ScatterExporter.write(format, shown, finalSize, file);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, io).whenComplete((ignored, error) -> Platform.runLater(() -> {
            if (error == null) {
                LOG.info("Exported scatterplot to {}", file);
                status.accept("Saved " + file.getFileName());
                reported.complete(Optional.of(file));
            } else {
                Throwable cause = error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                LOG.warn("Scatterplot export to {} failed", file, cause);
                status.accept("Could not save " + file.getFileName());
                String detail = cause.getMessage() == null ? cause.toString() : cause.getMessage();
                dialogs.showError("Export failed", "Could not save " + file + "\n\n" + detail);
                reported.completeExceptionally(cause);
            }
        }));
        return reported;
    }

    /** "Recency vs Frequency" becomes recency-vs-frequency. */
    static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "scatterplot" : slug;
    }
}

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
 * The export commands of a canvas plot (the scatterplot, the graph view). On the JavaFX thread they ask
 * the dialogs and take a copy of what is shown; drawing and writing the file both happen on the IO
 * executor (the copy needs no JavaFX), and the outcome comes back on the FX thread.
 */
public final class PlotExportActions {

    private static final Logger LOG = LoggerFactory.getLogger(PlotExportActions.class);

    /** A copy of what a plot shows, taken on the FX thread, that can draw itself into a file on any thread. */
    public interface Shown {
        boolean isEmpty();

        void write(ExportFormat format, ImageSize size, Path file) throws IOException;
    }

    private final String what;
    private final Supplier<Shown> state;
    private final Supplier<ImageSize> shownSize;
    private final Supplier<String> name;
    private final Executor io;
    private final Consumer<String> status;
    private ExportDialogs dialogs;

    /** @param what the kind of plot in the log and as the default file name, e.g. "scatterplot" */
    public PlotExportActions(String what, Supplier<Shown> state, Supplier<ImageSize> shownSize, Supplier<String> name,
                             Executor io, ExportDialogs dialogs, Consumer<String> status) {
        this.what = what;
        this.state = state;
        this.shownSize = shownSize;
        this.name = name;
        this.io = io;
        this.dialogs = dialogs;
        this.status = status;
    }

    public void setDialogs(ExportDialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** Completes on the FX thread: the file written, empty if the user cancelled; fails if writing failed. */
    public CompletableFuture<Optional<Path>> export(ExportFormat format) {
        Shown shown = state.get();
        if (shown.isEmpty()) {
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
        Optional<Path> target = dialogs.chooseFile(format, slug(name.get(), what));
        if (target.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Path file = target.get();
        ImageSize finalSize = size;
        status.accept("Saving " + file.getFileName() + "…");
        CompletableFuture<Optional<Path>> reported = new CompletableFuture<>();
        CompletableFuture.runAsync(() -> {
            try {
                shown.write(format, finalSize, file);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, io).whenComplete((ignored, error) -> Platform.runLater(() -> {
            if (error == null) {
                LOG.info("Exported {} to {}", what, file);
                status.accept("Saved " + file.getFileName());
                reported.complete(Optional.of(file));
            } else {
                Throwable cause = error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                LOG.warn("Export of {} to {} failed", what, file, cause);
                status.accept("Could not save " + file.getFileName());
                String detail = cause.getMessage() == null ? cause.toString() : cause.getMessage();
                dialogs.showError("Export failed", "Could not save " + file + "\n\n" + detail);
                reported.completeExceptionally(cause);
            }
        }));
        return reported;
    }

    /** "Recency vs Frequency" becomes recency-vs-frequency. */
    static String slug(String title, String fallback) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? fallback : slug;
    }
}

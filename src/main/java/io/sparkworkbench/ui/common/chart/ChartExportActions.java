package io.sparkworkbench.ui.common.chart;

import io.sparkworkbench.chart.ChartTable;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.jfree.chart.JFreeChart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The export commands of a {@link WorkbenchChart}. Each runs on the JavaFX thread up to the point of
 * writing: it asks the {@link ExportDialogs}, draws the chart (which belongs to the FX thread), then
 * hands the file write to the IO executor and reports the outcome back on the FX thread.
 */
final class ChartExportActions {

    private static final Logger LOG = LoggerFactory.getLogger(ChartExportActions.class);

    private final Supplier<JFreeChart> chart;
    private final Supplier<ChartTable> data;
    private final Supplier<ImageSize> shownSize;
    private final Executor io;
    private final Consumer<String> status;
    private ExportDialogs dialogs;

    ChartExportActions(Supplier<JFreeChart> chart, Supplier<ChartTable> data, Supplier<ImageSize> shownSize,
                       Executor io, ExportDialogs dialogs, Consumer<String> status) {
        this.chart = chart;
        this.data = data;
        this.shownSize = shownSize;
        this.io = io;
        this.dialogs = dialogs;
        this.status = status;
    }

    void setDialogs(ExportDialogs dialogs) {
        this.dialogs = dialogs;
    }

    CompletableFuture<Optional<Path>> exportPng() {
        if (chart.get() == null) {
            return nothingToExport();
        }
        Optional<ImageSize> size = dialogs.choosePngSize(shownSize.get());
        if (size.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return export(ExportFormat.PNG, c -> ChartExporter.renderPng(c, size.get()));
    }

    CompletableFuture<Optional<Path>> exportSvg() {
        return export(ExportFormat.SVG, c -> ChartExporter.renderSvg(c, shownSize.get()));
    }

    CompletableFuture<Optional<Path>> exportPdf() {
        return export(ExportFormat.PDF, c -> ChartExporter.renderPdf(c, shownSize.get()));
    }

    CompletableFuture<Optional<Path>> saveDataCsv() {
        return export(ExportFormat.CSV, c -> ChartExporter.renderCsv(data.get()));
    }

    private CompletableFuture<Optional<Path>> export(ExportFormat format, Function<JFreeChart, RenderedExport> render) {
        JFreeChart current = chart.get();
        if (current == null) {
            return nothingToExport();
        }
        Optional<Path> target = dialogs.chooseFile(format, suggestedName(current));
        if (target.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Path file = target.get();
        RenderedExport rendered;
        try {
            rendered = render.apply(current);
        } catch (RuntimeException e) {
            reportFailure(file, e);
            return CompletableFuture.failedFuture(e);
        }
        status.accept("Saving " + file.getFileName() + "…");
        CompletableFuture<Optional<Path>> reported = new CompletableFuture<>();
        CompletableFuture.runAsync(() -> writeOrThrow(rendered, file), io).whenComplete((ignored, error) ->
                Platform.runLater(() -> {
                    if (error == null) {
                        LOG.info("Exported chart to {}", file);
                        status.accept("Saved " + file.getFileName());
                        reported.complete(Optional.of(file));
                    } else {
                        Throwable cause = error instanceof CompletionException && error.getCause() != null
                                ? error.getCause() : error;
                        reportFailure(file, cause);
                        reported.completeExceptionally(cause);
                    }
                }));
        return reported;
    }

    private void reportFailure(Path file, Throwable error) {
        LOG.warn("Chart export to {} failed", file, error);
        status.accept("Could not save " + file.getFileName());
        String detail = error.getMessage() == null ? error.toString() : error.getMessage();
        dialogs.showError("Export failed", "Could not save " + file + "\n\n" + detail);
    }

    private static void writeOrThrow(RenderedExport rendered, Path file) {
        try {
            rendered.writeTo(file);
        } catch (java.io.IOException e) {
            throw new CompletionException(e);
        }
    }

    private CompletableFuture<Optional<Path>> nothingToExport() {
        status.accept("Nothing to export yet");
        return CompletableFuture.completedFuture(Optional.empty());
    }

    /** The chart title as a file name: "Monthly revenue by category" becomes monthly-revenue-by-category. */
    static String suggestedName(JFreeChart chart) {
        String title = chart.getTitle() == null ? "" : chart.getTitle().getText();
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "chart" : slug;
    }
}

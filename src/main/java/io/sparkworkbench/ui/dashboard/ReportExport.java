package io.sparkworkbench.ui.dashboard;

import io.sparkworkbench.engine.dashboard.DashboardData;
import io.sparkworkbench.engine.pipeline.RecordedStep;
import io.sparkworkbench.report.DatasetFacts;
import io.sparkworkbench.report.ReportContent;
import io.sparkworkbench.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Export report…": the dashboard as shown (its filter and figures) written as HTML or PDF. The file is chosen on the
 * JavaFX thread; reading the data set's manifest, drawing the charts and writing run on the export thread, and the
 * outcome comes back through {@code fx} as a notice (or an error naming the file).
 */
final class ReportExport {

    /** The questions the export asks; behind an interface because file choosers cannot be driven headless. */
    interface Dialogs {
        /** Where to save (.html or .pdf); empty if the user cancelled. */
        Optional<Path> chooseReportFile(String suggestedName);

        void showError(String title, String message);
    }

    static final String NOTHING_YET = "Nothing to export yet: the dashboard has not been computed";

    private static final Logger LOG = LoggerFactory.getLogger(ReportExport.class);

    private final Supplier<DashboardData> data;
    private final Supplier<Optional<Path>> datasetFolder;
    private final Dialogs dialogs;
    private final Executor io;
    private final Executor fx;
    private final Consumer<String> notice;

    ReportExport(Supplier<DashboardData> data, Supplier<Optional<Path>> datasetFolder, Dialogs dialogs, Executor io, Executor fx,
                 Consumer<String> notice) {
        this.data = data;
        this.datasetFolder = datasetFolder;
        this.dialogs = dialogs;
        this.io = io;
        this.fx = fx;
        this.notice = notice;
    }

    /** Call on the JavaFX thread; completes with the file written, or empty when there was nothing to do. */
    CompletableFuture<Optional<Path>> export() {
        DashboardData shown = data.get();
        Optional<Path> folder = datasetFolder.get();
        if (shown == null || folder.isEmpty()) {
            notice.accept(NOTHING_YET);
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Optional<Path> target = dialogs.chooseReportFile("dashboard-" + shown.filter().from() + "-to-" + shown.filter().to());
        if (target.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Path file = target.get();
        notice.accept("Writing the report " + file.getFileName() + "…");
        CompletableFuture<Optional<Path>> reported = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> write(shown, folder.get(), file), io).whenComplete((written, error) -> fx.execute(() -> {
            if (error == null) {
                LOG.info("Dashboard report written to {}", written);
                notice.accept("Report written to " + written);
                reported.complete(Optional.of(written));
            } else {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                LOG.warn("Dashboard report to {} failed", file, cause);
                notice.accept("Could not write the report " + file.getFileName());
                String detail = cause.getMessage() == null ? cause.toString() : cause.getMessage();
                dialogs.showError("Report not written", "Could not write " + file + "\n\n" + detail);
                reported.completeExceptionally(cause);
            }
        }));
        return reported;
    }

    private static Path write(DashboardData shown, Path folder, Path file) {
        try {
            ReportContent content = ReportContent.of(shown, DatasetFacts.read(folder), pipelineSteps(folder), Instant.now());
            return ReportWriter.write(content, file);
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }

    /** A data set the pipeline generated lives in {@code <out>/dataset}, beside the steps' records in {@code <out>/pipeline}. */
    static List<RecordedStep> pipelineSteps(Path datasetFolder) {
        Path name = datasetFolder.getFileName();
        Path parent = datasetFolder.toAbsolutePath().getParent();
        if (name == null || parent == null || !name.toString().equals("dataset")) {
            return List.of();
        }
        return RecordedStep.readAll(parent);
    }
}

package io.sparkworkbench.app.cli;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.dashboard.DashboardData;
import io.sparkworkbench.engine.dashboard.DashboardFilter;
import io.sparkworkbench.engine.dashboard.DashboardService;
import io.sparkworkbench.engine.dashboard.FilterChoices;
import io.sparkworkbench.engine.pipeline.PipelineSnapshot;
import io.sparkworkbench.engine.pipeline.RecordedStep;
import io.sparkworkbench.report.DatasetFacts;
import io.sparkworkbench.report.ReportContent;
import io.sparkworkbench.report.ReportFormat;
import io.sparkworkbench.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * {@code pipeline --report FILE}: after a run that ended done, the dashboard of the run's data set over its whole
 * date range (no other filter), the run's steps and each step's recorded model figures, written as HTML or PDF.
 */
final class PipelineReport {

    private PipelineReport() {
    }

    /** Checks the file before the run starts, so a typo does not cost a whole run. */
    static String problem(Path file) {
        try {
            ReportFormat.ofFile(file);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return "The report's folder " + folder + " does not exist (--report " + file + ")";
        }
        return "";
    }

    /** Computes the dashboard in Spark and writes the report; returns the absolute path written. */
    static Path write(SparkEngine engine, PipelineSnapshot run, Path datasetFolder, Path out, Path file)
            throws IOException, InterruptedException, ExecutionException {
        DashboardService dashboard = new DashboardService(engine);
        FilterChoices choices = dashboard.choices().future().get();
        DashboardData data = dashboard.compute(DashboardFilter.range(choices.firstDay(), choices.lastDay()), datasetFolder).future().get();
        List<RecordedStep> steps = RecordedStep.readAll(out);
        ReportContent content = new ReportContent(ReportContent.DEFAULT_TITLE, Instant.now(), DatasetFacts.read(datasetFolder), data,
                run.steps(), steps);
        return ReportWriter.write(content, file);
    }
}

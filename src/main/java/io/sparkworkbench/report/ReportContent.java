package io.sparkworkbench.report;

import io.sparkworkbench.engine.dashboard.DashboardData;
import io.sparkworkbench.engine.pipeline.RecordedStep;
import io.sparkworkbench.engine.pipeline.StepProgress;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything one report shows, gathered before rendering so the HTML and the PDF say the same: the dashboard for
 * one filter, the data set it was computed from, and, when a pipeline produced it, the run's steps and what each
 * step recorded of its model.
 *
 * @param run   the pipeline run's steps (state, rows, seconds); empty when the report does not come from a run
 * @param steps each pipeline step's recorded parameters and model figures; empty when no pipeline output is known
 */
public record ReportContent(String title, Instant generatedAt, DatasetFacts dataset, DashboardData dashboard,
                            List<StepProgress> run, List<RecordedStep> steps) {

    public static final String DEFAULT_TITLE = "Spark Workbench dashboard report";

    public ReportContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(dashboard, "dashboard");
        run = List.copyOf(run);
        steps = List.copyOf(steps);
    }

    /** A report of the dashboard alone (the Dashboard tab's export), with the pipeline's records when there are. */
    public static ReportContent of(DashboardData dashboard, DatasetFacts dataset, List<RecordedStep> steps, Instant now) {
        return new ReportContent(DEFAULT_TITLE, now, dataset, dashboard, List.of(), steps);
    }
}

package io.sparkworkbench.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.dashboard.DashboardData;
import io.sparkworkbench.report.ReportFixturesForUi;
import io.sparkworkbench.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Export report…" without the FX toolkit: the chosen file is written off the calling thread and the notice names it. */
class ReportExportTest {

    @TempDir
    Path folder;

    private final List<String> notices = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<Thread> ioThreads = new ArrayList<>();
    private final Executor io = task -> {
        Thread t = new Thread(task, "test-export");
        ioThreads.add(t);
        t.start();
    };

    @Test
    void theChosenFileIsWrittenOnTheExportThreadAndTheNoticeSaysWhere() throws Exception {
        Path target = folder.resolve("dashboard.html");
        Optional<Path> written = export(ReportFixturesForUi.dashboard(), target).export().get();
        assertThat(written).contains(target.toAbsolutePath());
        assertThat(Files.readString(target)).contains("<svg ", "Key figures", "Rows of orders");
        assertThat(ioThreads).hasSize(1);
        assertThat(notices).last().isEqualTo("Report written to " + target.toAbsolutePath());
        assertThat(errors).isEmpty();
    }

    @Test
    void aFailedWriteShowsAnErrorNamingTheFile() {
        Path target = folder.resolve("missing-folder/dashboard.pdf");
        ReportExport export = export(ReportFixturesForUi.dashboard(), target);
        assertThat(export.export()).failsWithin(Duration.ofMinutes(1));
        assertThat(errors).singleElement().asString().contains(target.toString()).contains("does not exist");
        assertThat(notices).last().isEqualTo("Could not write the report dashboard.pdf");
    }

    @Test
    void beforeTheFirstComputationThereIsNothingToExport() throws Exception {
        assertThat(export(null, folder.resolve("x.html")).export().get()).isEmpty();
        assertThat(notices).containsExactly(ReportExport.NOTHING_YET);
        assertThat(ioThreads).isEmpty();
    }

    @Test
    void aPipelineDataSetFindsTheStepsRecordedBesideIt() {
        assertThat(ReportExport.pipelineSteps(folder.resolve("shop"))).isEmpty();
        assertThat(ReportExport.pipelineSteps(folder.resolve("dataset"))).isEmpty();
        assertThat(FxReportDialogs.withExtension(Path.of("/t/report"), ReportFormat.PDF))
                .isEqualTo(Path.of("/t/report.pdf"));
        assertThat(FxReportDialogs.withExtension(Path.of("/t/report.HTML"), ReportFormat.PDF))
                .isEqualTo(Path.of("/t/report.HTML"));
    }

    private ReportExport export(DashboardData data, Path target) {
        ReportExport.Dialogs dialogs = new ChosenReportFile(target, errors::add);
        Path datasetFolder = ReportFixturesForUi.datasetFolder(folder);
        return new ReportExport(() -> data, () -> Optional.of(datasetFolder), dialogs, io, Runnable::run, notices::add);
    }
}

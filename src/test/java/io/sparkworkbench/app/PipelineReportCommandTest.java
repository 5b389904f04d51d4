package io.sparkworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.dashboard.DashboardData;
import io.sparkworkbench.engine.dashboard.DashboardFilter;
import io.sparkworkbench.engine.dashboard.DashboardService;
import io.sparkworkbench.engine.dashboard.FilterChoices;
import io.sparkworkbench.engine.dashboard.KpiCard;
import io.sparkworkbench.report.KpiFormat;
import io.sparkworkbench.testing.CliRun;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.PipelineRuns;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code pipeline --report}: after the run, a report whose KPI figures are the dashboard's for the run's data set,
 * the same from one computation to the next; a wrong extension or a missing folder is refused before the run.
 */
class PipelineReportCommandTest {

    private static CliRun.Output run(String... args) {
        SharedSparkEngine.get();
        String[] withMaster = Arrays.copyOf(args, args.length + 2);
        withMaster[args.length] = "--master";
        withMaster[args.length + 1] = "local[2]";
        return CliRun.run(withMaster);
    }

    private static CliRun.Output report(Path file) {
        return run("pipeline", "--scale", Double.toString(PipelineRuns.SCALE), "--seed", Long.toString(GeneratedData.SEED), "--out",
                PipelineRuns.out().toString(), "--report", file.toString());
    }

    @Test
    void theReportHoldsTheDashboardsFiguresAndTheSameOnesTwice() throws Exception {
        Path folder = GeneratedData.tempFolder("report");
        CliRun.Output first = report(folder.resolve("first.html"));
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("report written to " + folder.resolve("first.html").toAbsolutePath());
        String html = Files.readString(folder.resolve("first.html"));

        DashboardData expected = dashboardOfTheRun();
        for (KpiCard card : expected.cards()) {
            assertThat(html).as(card.kpi().label()).contains(">" + KpiFormat.value(card.kpi(), card.current()) + "<");
        }
        assertThat(html).contains("<svg ", "id=\"run\"", "<td>segments</td>", "silhouette: ", "AUC ", "precision@", "communities: ");
        assertThat(html).contains("<td>Seed</td><td class=\"n\">" + GeneratedData.SEED + "</td>");

        CliRun.Output second = report(folder.resolve("second.html"));
        assertThat(second.code()).as(second.err()).isZero();
        String again = Files.readString(folder.resolve("second.html"));
        assertThat(section(again, "kpis")).isEqualTo(section(html, "kpis"));
        assertThat(figures(again)).isEqualTo(figures(html)).isNotEmpty();
    }

    @Test
    void aPdfReportIsWrittenToo() throws Exception {
        Path pdf = GeneratedData.tempFolder("report-pdf").resolve("report.pdf");
        CliRun.Output o = report(pdf);
        assertThat(o.code()).as(o.err()).isZero();
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(bytes.length).isGreaterThan(50_000);
    }

    @Test
    void aWrongExtensionOrAMissingFolderIsRefusedBeforeTheRun() throws Exception {
        Path out = GeneratedData.tempFolder("report-refused").resolve("out");
        CliRun.Output wrong = run("pipeline", "--scale", "0.01", "--out", out.toString(), "--report", out.resolveSibling("r.docx").toString());
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("r.docx").contains(".html or .pdf");
        CliRun.Output missing = run("pipeline", "--scale", "0.01", "--out", out.toString(), "--report",
                out.resolveSibling("no-such-folder").resolve("r.html").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no-such-folder").contains("does not exist");
        assertThat(out).doesNotExist();
    }

    private static DashboardData dashboardOfTheRun() {
        DashboardService service = new DashboardService(SharedSparkEngine.get());
        FilterChoices choices = service.choices().future().join();
        return service.compute(DashboardFilter.range(choices.firstDay(), choices.lastDay()), PipelineRuns.out().resolve("dataset"))
                .future().join();
    }

    private static String section(String html, String id) {
        Matcher m = Pattern.compile("<div class=\"cards\" id=\"" + id + "\">(.*?)\n</div>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("the " + id + " section").isTrue();
        return m.group(1);
    }

    /** Every chart's data table: the numbers behind the charts. */
    private static String figures(String html) {
        StringBuilder all = new StringBuilder();
        Matcher m = Pattern.compile("<table id=\"data-[^\"]+\">.*?</table>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            all.append(m.group()).append('\n');
        }
        return all.toString();
    }
}

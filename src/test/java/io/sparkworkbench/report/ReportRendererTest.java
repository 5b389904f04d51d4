package io.sparkworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.dashboard.DashboardData;
import io.sparkworkbench.engine.dashboard.KpiCard;
import io.sparkworkbench.engine.pipeline.PipelineStep;
import io.sparkworkbench.engine.pipeline.RecordedStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report on a fixed dashboard: escaped, complete (every KPI figure, every chart), self-contained, and as PDF. */
class ReportRendererTest {

    private static final Instant AT = Instant.parse("2026-12-03T15:00:00Z");

    @TempDir
    Path folder;

    private final DashboardData dashboard = ReportFixtures.dashboard();

    @Test
    void everyKpiFigureAndChangeAppearsAsTheCardWordsIt() {
        String html = HtmlReport.render(content(List.of()));
        for (KpiCard card : dashboard.cards()) {
            assertThat(html).contains(HtmlReport.escape(KpiFormat.value(card.kpi(), card.current())));
            assertThat(html).contains(HtmlReport.escape(KpiFormat.change(card.kpi(), card.current(), card.previous(), card.change())));
        }
        assertThat(html).contains("$1,234,568", "4,321", "12.3 %", "no previous period to compare");
    }

    @Test
    void valuesFromTheDataAreEscapedEverywhere() {
        String html = HtmlReport.render(content(List.of()));
        assertThat(html).doesNotContain("<script", "<Games>", "<all>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;", "Toys &amp; &lt;Games&gt;",
                "Sessions have no channel &lt;all&gt;");
    }

    @Test
    void everyDrawableChartIsAnInlineSvgAndTheMissingOneSaysWhatToDo() {
        String html = HtmlReport.render(content(List.of()));
        assertThat(count(html, "<svg ")).isEqualTo(6);
        assertThat(count(html, "</svg>")).isEqualTo(6);
        assertThat(html).contains("Train a recommendation model first", "channel: web", "Rows of orders", "50,000", "Seed", "42");
        assertThat(html).doesNotContain("<img", "<link", "src=", "<script");
        // The tables behind the charts: the funnel's steps as the chart labels them, revenue per month.
        assertThat(html).contains("<td>Bought</td>", "<td>2024-02</td>", "1,500.25");
    }

    @Test
    void theSameContentRendersTheSameApartFromTheGeneratedLine() {
        String first = HtmlReport.render(content(List.of()));
        String second = HtmlReport.render(new ReportContent(ReportContent.DEFAULT_TITLE, AT.plusSeconds(3600), facts(), dashboard,
                List.of(), List.of()));
        assertThat(first).isNotEqualTo(second);
        assertThat(withoutGeneratedLine(first)).isEqualTo(withoutGeneratedLine(second));
    }

    @Test
    void stepParametersAndModelFiguresAreListed() {
        RecordedStep segments = new RecordedStep(PipelineStep.SEGMENTS, 10_000, "run-1", "v1;k=5;maxIterations=20",
                Map.of("silhouette", "0.4123"));
        String html = HtmlReport.render(content(List.of(segments)));
        assertThat(html).contains("<td>segments</td>", "k=5<br>maxIterations=20", "silhouette: 0.4123");
        assertThat(HtmlReport.render(content(List.of()))).contains(HtmlReport.NO_STEPS);
    }

    @Test
    void thePdfIsAPdfOfSeveralPages() throws IOException {
        Path pdf = ReportWriter.write(content(List.of()), folder.resolve("report.pdf"));
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(bytes.length).isGreaterThan(20_000);
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher pages = Pattern.compile("/Type /Pages\\s+/Kids \\[[^]]*]\\s+/Count (\\d+)").matcher(raw);
        assertThat(pages.find()).isTrue();
        assertThat(Integer.parseInt(pages.group(1))).isGreaterThanOrEqualTo(3);
        String text = pageContents(raw);
        assertThat(text).contains("(Key figures)", "(4,321)", "(Revenue by month and category)", "(Plain lamp)");
        // A line with a character the standard fonts' ASCII cannot hold is drawn as outlines, not garbled into "?".
        assertThat(text).doesNotContain("hunters ?", "hunters \u00b7");
    }

    @Test
    void writingIsAtomicAndRefusesOtherExtensionsAndMissingFolders() throws IOException {
        Path html = ReportWriter.write(content(List.of()), folder.resolve("report.HTML"));
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.HTML");
        }
        assertThatThrownBy(() -> ReportWriter.write(content(List.of()), folder.resolve("report.docx")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("report.docx").hasMessageContaining(".html or .pdf");
        Path missing = folder.resolve("no-such-folder/report.html");
        assertThatThrownBy(() -> ReportWriter.write(content(List.of()), missing))
                .isInstanceOf(IOException.class).hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
    }

    /** The page content streams, inflated: JFree PDF compresses them. */
    private static String pageContents(String raw) {
        StringBuilder all = new StringBuilder();
        Matcher streams = Pattern.compile("stream\r?\n(.*?)endstream", Pattern.DOTALL).matcher(raw);
        while (streams.find()) {
            byte[] compressed = streams.group(1).getBytes(StandardCharsets.ISO_8859_1);
            Inflater inflater = new Inflater();
            inflater.setInput(compressed);
            byte[] buffer = new byte[1 << 16];
            try {
                while (!inflater.finished() && !inflater.needsInput()) {
                    int n = inflater.inflate(buffer);
                    all.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                    if (n == 0) {
                        break;
                    }
                }
            } catch (DataFormatException notCompressed) {
                all.append(streams.group(1));
            } finally {
                inflater.end();
            }
        }
        return all.toString();
    }

    private ReportContent content(List<RecordedStep> steps) {
        return ReportContent.of(dashboard, facts(), steps, AT);
    }

    private static DatasetFacts facts() {
        return new DatasetFacts(Path.of("/data/shop"), Optional.of("1.0"), Optional.of("42"), Optional.of(Instant.parse("2026-12-01T10:00:00Z")),
                Map.of("orders", 50_000L));
    }

    static String withoutGeneratedLine(String html) {
        return html.replaceAll("(?m)^<p class=\"meta\" id=\"generated\">.*$", "");
    }

    private static int count(String text, String part) {
        return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}

package io.sparkworkbench.ui.common.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sparkworkbench.chart.AtomicFiles;
import io.sparkworkbench.chart.ChartTable;
import io.sparkworkbench.chart.MonthPoint;
import io.sparkworkbench.chart.ValueFormat;
import io.sparkworkbench.chart.WorkbenchCharts;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartExporterTest {

    @TempDir
    Path dir;

    private final JFreeChart chart = WorkbenchCharts.monthlyLineChart("Quarterly widgets", "Revenue",
            ValueFormat.CURRENCY, List.of(
                    new MonthPoint("Books", YearMonth.of(2024, 1), 1200),
                    new MonthPoint("Books", YearMonth.of(2024, 2), 1850),
                    new MonthPoint("Garden", YearMonth.of(2024, 1), 640))).chart();

    @Test
    void pngHasTheRequestedSize() throws IOException {
        Path file = dir.resolve("chart.png");

        ChartExporter.writePng(chart, file, 640, 360);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(360);
    }

    @Test
    void svgIsAnSvgElementWithTheTitleText() throws IOException {
        Path file = dir.resolve("chart.svg");

        ChartExporter.writeSvg(chart, file, 800, 500);

        String svg = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("Quarterly widgets").contains("Books").endsWith("</svg>");
    }

    @Test
    void pdfIsAPdfDocument() throws IOException {
        Path file = dir.resolve("chart.pdf");

        ChartExporter.writePdf(chart, file, 800, 500);

        byte[] pdf = Files.readAllBytes(file);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("%%EOF").contains("Quarterly widgets");
    }

    @Test
    void csvRoundTripsQuotingAndWritesNullsAsEmpty() throws IOException {
        ChartTable table = new ChartTable(List.of("name", "note, with comma", "value"), List.of(
                Arrays.asList("plain", "say \"hi\"", 1.5),
                Arrays.asList("multi\nline", null, 12_345_678.0),
                Arrays.asList("Ünïcødé €", "a,b", null)));
        Path file = dir.resolve("data.csv");

        ChartExporter.writeCsv(table, file);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(CsvParser.parse(text)).containsExactly(
                List.of("name", "note, with comma", "value"),
                List.of("plain", "say \"hi\"", "1.5"),
                List.of("multi\nline", "", "12345678"),
                List.of("Ünïcødé €", "a,b", ""));
        assertThat(text).startsWith("name,\"note, with comma\",value\r\n");
    }

    @Test
    void failureNamesTheFileAndLeavesNoFile() {
        Path file = dir.resolve("missing-folder").resolve("chart.png");

        assertThatThrownBy(() -> ChartExporter.writePng(chart, file, 100, 100))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString());
        assertThat(file).doesNotExist();
    }

    @Test
    void failedWriteKeepsThePreviousFileAndRemovesTheTemporaryOne() throws IOException {
        Path file = dir.resolve("data.csv");
        Files.writeString(file, "old content");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessageContaining(file.toString()).hasMessageContaining("disk full");

        assertThat(Files.readString(file)).isEqualTo("old content");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void exportedFileGetsTheSamePermissionsAsAnyNewFile() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path reference = Files.createFile(dir.resolve("reference.txt"));
        Path file = dir.resolve("data.csv");

        ChartExporter.writeCsv(new ChartTable(List.of("a"), List.of(List.of(1))), file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void renderedExportCanBeWrittenLater() throws IOException {
        RenderedExport png = ChartExporter.renderPng(chart, new ImageSize(300, 200));
        chart.setTitle("Changed after rendering");
        Path file = dir.resolve("later.png");

        png.writeTo(file);

        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(300);
    }
}

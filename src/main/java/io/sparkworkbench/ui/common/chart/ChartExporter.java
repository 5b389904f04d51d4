package io.sparkworkbench.ui.common.chart;

import io.sparkworkbench.chart.AtomicFiles;
import io.sparkworkbench.chart.ChartTable;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;

/**
 * Saves charts as PNG, SVG and PDF and their data as CSV, with no UI. Every file is written
 * atomically; errors are {@link IOException}s whose message names the file.
 *
 * <p>The {@code render*} methods split an export into drawing (call it on the thread that owns the
 * chart) and writing (any thread); the {@code write*} methods do both at once.
 */
public final class ChartExporter {

    private ChartExporter() {
    }

    public static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        renderPng(chart, new ImageSize(width, height)).writeTo(file);
    }

    public static void writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        renderSvg(chart, new ImageSize(width, height)).writeTo(file);
    }

    public static void writePdf(JFreeChart chart, Path file, int width, int height) throws IOException {
        renderPdf(chart, new ImageSize(width, height)).writeTo(file);
    }

    public static void writeCsv(ChartTable table, Path file) throws IOException {
        renderCsv(table).writeTo(file);
    }

    public static RenderedExport renderPng(JFreeChart chart, ImageSize size) {
        BufferedImage image = chart.createBufferedImage(size.width(), size.height());
        return file -> AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    public static RenderedExport renderSvg(JFreeChart chart, ImageSize size) {
        SVGGraphics2D g2 = new SVGGraphics2D(size.width(), size.height());
        chart.draw(g2, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        byte[] svg = g2.getSVGElement().getBytes(StandardCharsets.UTF_8);
        return file -> AtomicFiles.write(file, out -> out.write(svg));
    }

    public static RenderedExport renderPdf(JFreeChart chart, ImageSize size) {
        PDFDocument document = new PDFDocument();
        if (chart.getTitle() != null) {
            document.setTitle(chart.getTitle().getText());
        }
        document.setAuthor("Spark Workbench");
        Page page = document.createPage(new Rectangle2D.Double(0, 0, size.width(), size.height()));
        PDFGraphics2D g2 = page.getGraphics2D();
        chart.draw(g2, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        byte[] pdf = document.getPDFBytes();
        return file -> AtomicFiles.write(file, out -> out.write(pdf));
    }

    public static RenderedExport renderCsv(ChartTable table) {
        byte[] csv = CsvFormat.toCsv(table).getBytes(StandardCharsets.UTF_8);
        return file -> AtomicFiles.write(file, out -> out.write(csv));
    }
}

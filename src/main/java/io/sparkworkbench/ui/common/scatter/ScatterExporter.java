package io.sparkworkbench.ui.common.scatter;

import io.sparkworkbench.ui.common.chart.AtomicFiles;
import io.sparkworkbench.ui.common.chart.ExportFormat;
import io.sparkworkbench.ui.common.chart.ImageSize;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a plot state into PNG, SVG or PDF through {@link ScatterPainter} on a Java2D surface, at the
 * requested size, with the data window shown on screen, and writes it atomically. Needs no JavaFX, so
 * it runs on the export thread: a 200,000-point SVG takes a while and must not hold the UI.
 */
final class ScatterExporter {

    private ScatterExporter() {
    }

    static void write(ExportFormat format, PlotState state, ImageSize size, Path file) throws IOException {
        byte[] bytes = render(format, state, size);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    static byte[] render(ExportFormat format, PlotState state, ImageSize size) throws IOException {
        return switch (format) {
            case PNG -> png(state, size);
            case SVG -> svg(state, size);
            case PDF -> pdf(state, size);
            case CSV -> throw new IllegalArgumentException("a scatterplot exports as PNG, SVG or PDF, not CSV");
        };
    }

    private static byte[] png(PlotState state, ImageSize size) throws IOException {
        BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            paint(g, state, size);
        } finally {
            g.dispose();
        }
        var bytes = new java.io.ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer available");
        }
        return bytes.toByteArray();
    }

    private static byte[] svg(PlotState state, ImageSize size) {
        SVGGraphics2D g = new SVGGraphics2D(size.width(), size.height());
        paint(g, state, size);
        return g.getSVGElement().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pdf(PlotState state, ImageSize size) {
        PDFDocument document = new PDFDocument();
        document.setTitle(title(state.data()));
        document.setAuthor("Spark Workbench");
        Page page = document.createPage(new Rectangle2D.Double(0, 0, size.width(), size.height()));
        PDFGraphics2D g = page.getGraphics2D();
        paint(g, state, size);
        return document.getPDFBytes();
    }

    /** Lays the plot out for this size as the screen does, keeping the data window the user looks at. */
    static void paint(Graphics2D g, PlotState state, ImageSize size) {
        Graphics2DSurface surface = new Graphics2DSurface(g);
        ScatterLayout layout = ScatterLayout.compute(size.width(), size.height(), state.data(), state.view(), surface);
        ViewTransform view = state.view().withArea(layout.plotLeft(), layout.plotTop(), layout.plotWidth(),
                layout.plotHeight());
        ScatterPainter.paint(surface, new PlotState(state.data(), view, state.hiddenGroups(), state.selected(),
                state.style()), layout);
    }

    static String title(ScatterData data) {
        if (data.xLabel().isEmpty() && data.yLabel().isEmpty()) {
            return "Scatterplot";
        }
        return data.yLabel() + " vs " + data.xLabel();
    }
}

package io.sparkworkbench.ui.common.scatter;

import io.sparkworkbench.ui.common.chart.ExportFormat;
import io.sparkworkbench.ui.common.chart.ImageSize;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import javax.imageio.ImageIO;

/**
 * Turns one drawing routine over a {@link PlotSurface} into the bytes of a PNG (BufferedImage), an SVG
 * (JFreeSVG) or a PDF (JFree PDF) of the given size. Shared by the scatterplot and the graph view, so both
 * export what they draw on screen. Needs no JavaFX: it runs on the export thread.
 */
public final class SurfaceExport {

    /** Draws a picture of {@code size} pixels on the surface. */
    @FunctionalInterface
    public interface Painter {
        void paint(PlotSurface surface, ImageSize size);
    }

    private SurfaceExport() {
    }

    /** @param what names the picture in messages and as the PDF's title, e.g. "Scatterplot" */
    public static byte[] render(ExportFormat format, ImageSize size, String what, Painter painter) throws IOException {
        return switch (format) {
            case PNG -> png(size, painter);
            case SVG -> svg(size, painter);
            case PDF -> pdf(size, what, painter);
            case CSV -> throw new IllegalArgumentException(what + " exports as PNG, SVG or PDF, not CSV");
        };
    }

    private static byte[] png(ImageSize size, Painter painter) throws IOException {
        BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            painter.paint(new Graphics2DSurface(g), size);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer available");
        }
        return bytes.toByteArray();
    }

    private static byte[] svg(ImageSize size, Painter painter) {
        SVGGraphics2D g = new SVGGraphics2D(size.width(), size.height());
        painter.paint(new Graphics2DSurface(g), size);
        return g.getSVGElement().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pdf(ImageSize size, String title, Painter painter) {
        PDFDocument document = new PDFDocument();
        document.setTitle(title);
        document.setAuthor("Spark Workbench");
        Page page = document.createPage(new Rectangle2D.Double(0, 0, size.width(), size.height()));
        PDFGraphics2D g = page.getGraphics2D();
        painter.paint(new Graphics2DSurface(g), size);
        return document.getPDFBytes();
    }
}

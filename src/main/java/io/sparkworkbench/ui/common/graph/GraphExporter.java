package io.sparkworkbench.ui.common.graph;

import io.sparkworkbench.chart.AtomicFiles;
import io.sparkworkbench.ui.common.chart.ExportFormat;
import io.sparkworkbench.ui.common.chart.ImageSize;
import io.sparkworkbench.ui.common.scatter.SurfaceExport;
import io.sparkworkbench.ui.common.scatter.ViewTransform;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Draws a copy of the shown graph into PNG or SVG (PDF too) through {@link GraphPainter} on a Java2D
 * surface, with every edge (no level of detail in a file) and the same data window centred in the size
 * asked for, and writes it atomically. Runs on the export thread, never the JavaFX thread.
 */
final class GraphExporter {

    private GraphExporter() {
    }

    static void write(ExportFormat format, GraphFrame frame, ImageSize size, Path file) throws IOException {
        byte[] bytes = render(format, frame, size);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    static byte[] render(ExportFormat format, GraphFrame frame, ImageSize size) throws IOException {
        return SurfaceExport.render(format, size, "Graph", (surface, sz) -> {
            GraphFrame shown = frame.forExport(sameWindow(frame.view(), sz.width(), sz.height()));
            GraphPainter.paint(surface, shown, sz.width(), sz.height(),
                    i -> surface.textWidth(frame.data().label(i), GraphLabels.FONT, false), List.of());
        });
    }

    /** The view's centre and at least its data window, with equal scales on both axes, over a w x h picture. */
    static ViewTransform sameWindow(ViewTransform v, double w, double h) {
        double cx = (v.minX() + v.maxX()) / 2;
        double cy = (v.minY() + v.maxY()) / 2;
        double scale = Math.min(w / (v.maxX() - v.minX()), h / (v.maxY() - v.minY()));
        double hw = w / scale / 2;
        double hh = h / scale / 2;
        return new ViewTransform(cx - hw, cx + hw, cy - hh, cy + hh, 0, 0, w, h);
    }
}

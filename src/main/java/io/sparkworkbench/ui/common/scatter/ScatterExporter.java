package io.sparkworkbench.ui.common.scatter;

import io.sparkworkbench.chart.AtomicFiles;
import io.sparkworkbench.ui.common.chart.ExportFormat;
import io.sparkworkbench.ui.common.chart.ImageSize;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Draws a plot state into PNG, SVG or PDF through {@link ScatterPainter} on a Java2D surface
 * ({@link SurfaceExport}), at the requested size, with the data window shown on screen, and writes it
 * atomically. Needs no JavaFX, so it runs on the export thread: a 200,000-point SVG takes a while and must
 * not hold the UI.
 */
final class ScatterExporter {

    private ScatterExporter() {
    }

    static void write(ExportFormat format, PlotState state, ImageSize size, Path file) throws IOException {
        byte[] bytes = render(format, state, size);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    static byte[] render(ExportFormat format, PlotState state, ImageSize size) throws IOException {
        return SurfaceExport.render(format, size, title(state.data()), (surface, sz) -> paint(surface, state, sz));
    }

    /** Lays the plot out for this size as the screen does, keeping the data window the user looks at. */
    static void paint(PlotSurface surface, PlotState state, ImageSize size) {
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

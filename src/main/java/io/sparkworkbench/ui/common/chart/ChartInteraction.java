package io.sparkworkbench.ui.common.chart;

import javafx.scene.input.MouseEvent;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.MouseHandlerFX;
import org.jfree.chart.fx.interaction.PanHandlerFX;
import org.jfree.chart.fx.interaction.ZoomHandlerFX;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;

/**
 * Mouse gestures of a chart: plain drag zooms to a rectangle (drag leftwards to undo), the wheel
 * zooms, Ctrl/Shift-drag or middle-drag pans. JFreeChart-FX's own pan needs Alt, which window
 * managers on Linux take for moving windows, hence the replacement handlers.
 */
final class ChartInteraction {

    static final String PAN = "pan";
    static final String ZOOM = "zoom";

    private ChartInteraction() {
    }

    static void install(ChartViewer viewer) {
        ChartCanvas canvas = viewer.getCanvas();
        removeHandler(canvas, PAN);
        removeHandler(canvas, ZOOM);
        // The canvas gives a press to the first handler that matches, so pan must precede zoom.
        canvas.addMouseHandler(new PanHandler());
        canvas.addMouseHandler(new ZoomHandler(viewer));
    }

    /** JFreeChart plots refuse panning unless asked; every chart shown here should pan. */
    static void enablePanning(JFreeChart chart) {
        Plot plot = chart.getPlot();
        if (plot instanceof XYPlot xy) {
            xy.setDomainPannable(true);
            xy.setRangePannable(true);
        } else if (plot instanceof CategoryPlot category) {
            category.setRangePannable(true);
        }
    }

    /** Back to the automatic axis ranges that fit all data. */
    static void resetZoom(JFreeChart chart) {
        if (chart == null) {
            return;
        }
        Plot plot = chart.getPlot();
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                autoRange(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                autoRange(xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot category) {
            for (int i = 0; i < category.getRangeAxisCount(); i++) {
                autoRange(category.getRangeAxis(i));
            }
        }
    }

    private static void autoRange(org.jfree.chart.axis.ValueAxis axis) {
        if (axis != null) {
            axis.setAutoRange(true);
        }
    }

    private static void removeHandler(ChartCanvas canvas, String id) {
        MouseHandlerFX handler = canvas.getMouseHandler(id);
        if (handler != null) {
            canvas.removeMouseHandler(handler);
        }
    }

    private static final class PanHandler extends PanHandlerFX {
        PanHandler() {
            super(PAN);
        }

        @Override
        public boolean hasMatchingModifiers(MouseEvent e) {
            return e.isMiddleButtonDown() || (e.isPrimaryButtonDown() && (e.isControlDown() || e.isShiftDown()));
        }
    }

    private static final class ZoomHandler extends ZoomHandlerFX {
        ZoomHandler(ChartViewer viewer) {
            super(ZOOM, viewer);
        }

        @Override
        public boolean hasMatchingModifiers(MouseEvent e) {
            // A right-press opens the context menu; it must not also start a zoom rectangle.
            return e.isPrimaryButtonDown() && !e.isControlDown() && !e.isShiftDown()
                    && !e.isAltDown() && !e.isMetaDown();
        }
    }
}

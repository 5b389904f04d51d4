package io.sparkworkbench.ui.common.scatter;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * What is drawn over the plot while the user works and never exported: a ring around the hovered
 * point and the rubber band or lasso being dragged.
 */
final class SelectionOverlay {

    private SelectionOverlay() {
    }

    /**
     * @param hovered screen position of the hovered point, or null
     * @param xs the rubber band's two corners or the lasso's vertices (screen); fewer than two: none
     */
    static void paint(GraphicsContext gc, ScatterStyle style, double[] hovered, double[] xs, double[] ys,
                      boolean rectangle) {
        if (hovered != null) {
            gc.setStroke(fx(style.text));
            gc.setLineWidth(1.5);
            gc.strokeOval(hovered[0] - 5, hovered[1] - 5, 10, 10);
        }
        if (xs.length < 2) {
            return;
        }
        gc.setStroke(fx(style.accent));
        gc.setFill(fx(ScatterStyle.withAlpha(style.accent, 0.12)));
        gc.setLineWidth(1.2);
        gc.setLineDashes(5, 4);
        if (rectangle) {
            double x = Math.min(xs[0], xs[1]);
            double y = Math.min(ys[0], ys[1]);
            double w = Math.abs(xs[1] - xs[0]);
            double h = Math.abs(ys[1] - ys[0]);
            gc.fillRect(x, y, w, h);
            gc.strokeRect(x, y, w, h);
        } else {
            gc.fillPolygon(xs, ys, xs.length);
            gc.strokePolygon(xs, ys, xs.length);
        }
        gc.setLineDashes();
    }

    private static Color fx(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, ((argb >>> 24) & 0xff) / 255.0);
    }
}

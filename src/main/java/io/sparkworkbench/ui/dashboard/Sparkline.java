package io.sparkworkbench.ui.dashboard;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A KPI card's trend: one line through the values of its buckets, oldest left, scaled to the card's own minimum
 * and maximum. Gaps (NaN: a ratio with nothing to divide by) break the line. Redrawn only when values or size change.
 */
final class Sparkline extends Canvas {

    private double[] values = new double[0];
    private Color stroke = Color.web("#3b6fb6");

    Sparkline(double width, double height) {
        super(width, height);
        widthProperty().addListener(o -> draw());
        heightProperty().addListener(o -> draw());
    }

    void setValues(double[] newValues) {
        values = newValues.clone();
        draw();
    }

    void setStroke(Color colour) {
        stroke = colour;
        draw();
    }

    /** How many values are drawn, for tests. */
    int pointCount() {
        return values.length;
    }

    private void draw() {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.clearRect(0, 0, w, h);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (values.length < 2 || min > max) {
            return;
        }
        double span = max == min ? 1 : max - min;
        double pad = 2;
        g.setStroke(stroke);
        g.setLineWidth(1.5);
        boolean drawing = false;
        g.beginPath();
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                drawing = false;
                continue;
            }
            double x = pad + (w - 2 * pad) * i / (values.length - 1);
            double y = h - pad - (h - 2 * pad) * (values[i] - min) / span;
            if (drawing) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                drawing = true;
            }
        }
        g.stroke();
        int last = values.length - 1;
        if (!Double.isNaN(values[last])) {
            g.setFill(stroke);
            double y = h - pad - (h - 2 * pad) * (values[last] - min) / span;
            g.fillOval(w - pad - 2.5, y - 2.5, 5, 5);
        }
    }
}

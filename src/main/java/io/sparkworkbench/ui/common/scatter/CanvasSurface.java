package io.sparkworkbench.ui.common.scatter;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A {@link PlotSurface} over a JavaFX canvas. The plot area (background, grid, points) goes into an
 * int raster that is uploaded as one opaque image per frame ({@link PointDrawing#RASTER}): far fewer
 * canvas commands than one rectangle per point, and no full-size blending. One instance per canvas, reused frame after frame (it keeps its buffers).
 * JavaFX thread only.
 */
public final class CanvasSurface implements PlotSurface {

    private static final PixelFormat<java.nio.IntBuffer> FORMAT = PixelFormat.getIntArgbPreInstance();

    private final Map<Integer, Color> colors = new HashMap<>();
    private final Map<Double, Font> plainFonts = new HashMap<>();
    private final Map<Double, Font> boldFonts = new HashMap<>();
    private final Text measure = new Text();
    private GraphicsContext gc;
    private PointDrawing drawing = PointDrawing.RASTER;
    private int[] raster = new int[0];
    private WritableImage image;
    private int rasterLeft;
    private int rasterTop;
    private int rasterW;
    private int rasterH;
    private double cullLeft;
    private double cullTop;
    private double cullRight;
    private double cullBottom;

    public void use(GraphicsContext gc, PointDrawing drawing) {
        this.gc = gc;
        this.drawing = drawing;
    }

    /**
     * Starts a frame. A clear of the whole canvas lets the canvas drop the commands of frames it has not
     * rendered yet (e.g. while its tab is hidden), so they never pile up.
     */
    public void beginFrame(double width, double height) {
        gc.clearRect(0, 0, width, height);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        gc.setFill(color(argb));
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double lineWidth) {
        gc.setStroke(color(argb));
        gc.setLineWidth(lineWidth);
        gc.strokeRect(x, y, w, h);
    }

    @Override
    public void line(double x0, double y0, double x1, double y1, int argb, double lineWidth) {
        gc.setStroke(color(argb));
        gc.setLineWidth(lineWidth);
        gc.strokeLine(x0, y0, x1, y1);
    }

    @Override
    public void polygon(double[] xs, double[] ys, int fillArgb, int strokeArgb, double lineWidth) {
        gc.setFill(color(fillArgb));
        gc.fillPolygon(xs, ys, xs.length);
        gc.setStroke(color(strokeArgb));
        gc.setLineWidth(lineWidth);
        gc.strokePolygon(xs, ys, xs.length);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, int argb, Align align) {
        gc.setFont(font(size, bold));
        gc.setFill(color(argb));
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        gc.fillText(text, x, y);
    }

    @Override
    public void verticalText(String text, double x, double y, double size, boolean bold, int argb) {
        gc.save();
        gc.translate(x, y);
        gc.rotate(-90);
        gc.setFont(font(size, bold));
        gc.setFill(color(argb));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, 0, 0);
        gc.restore();
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        measure.setFont(font(size, bold));
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    @Override
    public void beginPlotArea(double left, double top, double width, double height, int background,
                              double[] gridColumns, double[] gridRows, int gridColour) {
        cullLeft = left;
        cullTop = top;
        cullRight = left + width;
        cullBottom = top + height;
        if (drawing == PointDrawing.FILL_RECT) {
            fillRect(left, top, width, height, background);
            for (double x : gridColumns) {
                line(x, top, x, top + height, gridColour, 1);
            }
            for (double y : gridRows) {
                line(left, y, left + width, y, gridColour, 1);
            }
            return;
        }
        rasterLeft = (int) Math.floor(left);
        rasterTop = (int) Math.floor(top);
        rasterW = Math.max(1, (int) Math.ceil(left + width) - rasterLeft);
        rasterH = Math.max(1, (int) Math.ceil(top + height) - rasterTop);
        if (raster.length != rasterW * rasterH) {
            raster = new int[rasterW * rasterH];
        }
        java.util.Arrays.fill(raster, background);
        for (double x : gridColumns) {
            int col = (int) Math.floor(x) - rasterLeft;
            if (col >= 0 && col < rasterW) {
                for (int row = 0; row < rasterH; row++) {
                    raster[row * rasterW + col] = gridColour;
                }
            }
        }
        for (double y : gridRows) {
            int row = (int) Math.floor(y) - rasterTop;
            if (row >= 0 && row < rasterH) {
                java.util.Arrays.fill(raster, row * rasterW, (row + 1) * rasterW, gridColour);
            }
        }
        if (image == null || (int) image.getWidth() != rasterW || (int) image.getHeight() != rasterH) {
            image = new WritableImage(rasterW, rasterH);
        }
    }

    @Override
    public void point(double x, double y, int size, int argb) {
        if (x < cullLeft || x > cullRight || y < cullTop || y > cullBottom) {
            return;
        }
        if (drawing == PointDrawing.FILL_RECT) {
            gc.setFill(color(argb));
            gc.fillRect(x - size / 2.0, y - size / 2.0, size, size);
            return;
        }
        int x0 = (int) Math.floor(x - size / 2.0) - rasterLeft;
        int y0 = (int) Math.floor(y - size / 2.0) - rasterTop;
        int x1 = Math.min(rasterW, x0 + size);
        int y1 = Math.min(rasterH, y0 + size);
        x0 = Math.max(0, x0);
        for (int row = Math.max(0, y0); row < y1; row++) {
            int base = row * rasterW;
            for (int col = x0; col < x1; col++) {
                raster[base + col] = argb;
            }
        }
    }

    @Override
    public void edge(double x0, double y0, double x1, double y1, int argb) {
        if (drawing == PointDrawing.FILL_RECT) {
            line(x0, y0, x1, y1, argb, 1);
            return;
        }
        // Clipped to the raster (Liang-Barsky) so a long edge off screen costs nothing, then walked one
        // pixel per step along its longer axis (DDA): thin lines, blended, no canvas command per edge.
        double ex = x1 - x0;
        double ey = y1 - y0;
        double lo = 0;
        double hi = 1;
        double[] p = {-ex, ex, -ey, ey};
        double[] q = {x0 - rasterLeft, rasterLeft + rasterW - 1 - x0, y0 - rasterTop, rasterTop + rasterH - 1 - y0};
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return;
                }
            } else {
                double r = q[k] / p[k];
                if (p[k] < 0) {
                    lo = Math.max(lo, r);
                } else {
                    hi = Math.min(hi, r);
                }
            }
        }
        if (lo > hi) {
            return;
        }
        double ax = x0 + ex * lo - rasterLeft;
        double ay = y0 + ey * lo - rasterTop;
        double bx = x0 + ex * hi - rasterLeft;
        double by = y0 + ey * hi - rasterTop;
        int steps = (int) Math.ceil(Math.max(Math.abs(bx - ax), Math.abs(by - ay)));
        int alpha = argb >>> 24;
        if (steps == 0) {
            blendPixel((int) ax, (int) ay, argb, alpha);
            return;
        }
        double sx = (bx - ax) / steps;
        double sy = (by - ay) / steps;
        double cx = ax + 0.5;
        double cy = ay + 0.5;
        for (int s = 0; s <= steps; s++) {
            blendPixel((int) cx, (int) cy, argb, alpha);
            cx += sx;
            cy += sy;
        }
    }

    private void blendPixel(int col, int row, int argb, int alpha) {
        if (col < 0 || row < 0 || col >= rasterW || row >= rasterH) {
            return;
        }
        int at = row * rasterW + col;
        if (alpha == 255) {
            raster[at] = argb;
            return;
        }
        int under = raster[at];
        int keep = 256 - alpha;
        int r = (((argb >> 16) & 0xff) * alpha + ((under >> 16) & 0xff) * keep) >> 8;
        int g = (((argb >> 8) & 0xff) * alpha + ((under >> 8) & 0xff) * keep) >> 8;
        int b = ((argb & 0xff) * alpha + (under & 0xff) * keep) >> 8;
        raster[at] = 0xff000000 | (r << 16) | (g << 8) | b;
    }

    @Override
    public void disc(double x, double y, double radius, int argb) {
        if (x + radius < cullLeft || x - radius > cullRight || y + radius < cullTop || y - radius > cullBottom) {
            return;
        }
        if (drawing == PointDrawing.FILL_RECT) {
            gc.setFill(color(argb));
            gc.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
            return;
        }
        int alpha = argb >>> 24;
        double r2 = radius * radius;
        int row0 = Math.max(0, (int) Math.floor(y - radius) - rasterTop);
        int row1 = Math.min(rasterH - 1, (int) Math.ceil(y + radius) - rasterTop);
        double cy = y - rasterTop;
        double cx = x - rasterLeft;
        for (int row = row0; row <= row1; row++) {
            double dy = row + 0.5 - cy;
            double half = r2 - dy * dy;
            if (half < 0) {
                continue;
            }
            double w = Math.sqrt(half);
            int col0 = Math.max(0, (int) Math.round(cx - w));
            int col1 = Math.min(rasterW, (int) Math.round(cx + w));
            if (alpha == 255) {
                java.util.Arrays.fill(raster, row * rasterW + col0, row * rasterW + Math.max(col0, col1), argb);
            } else {
                for (int col = col0; col < col1; col++) {
                    blendPixel(col, row, argb, alpha);
                }
            }
        }
    }

    @Override
    public void endPoints() {
        if (drawing == PointDrawing.FILL_RECT) {
            return;
        }
        image.getPixelWriter().setPixels(0, 0, rasterW, rasterH, FORMAT, raster, 0, rasterW);
        gc.drawImage(image, rasterLeft, rasterTop);
    }

    private Color color(int argb) {
        return colors.computeIfAbsent(argb, c -> Color.rgb((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff,
                ((c >>> 24) & 0xff) / 255.0));
    }

    private Font font(double size, boolean bold) {
        Map<Double, Font> cache = bold ? boldFonts : plainFonts;
        return cache.computeIfAbsent(size, s -> Font.font(Font.getDefault().getFamily(),
                bold ? FontWeight.BOLD : FontWeight.NORMAL, s));
    }
}

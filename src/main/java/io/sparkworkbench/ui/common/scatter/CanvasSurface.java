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
final class CanvasSurface implements PlotSurface {

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

    void use(GraphicsContext gc, PointDrawing drawing) {
        this.gc = gc;
        this.drawing = drawing;
    }

    /**
     * Starts a frame. A clear of the whole canvas lets the canvas drop the commands of frames it has not
     * rendered yet (e.g. while its tab is hidden), so they never pile up.
     */
    void beginFrame(double width, double height) {
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

package io.sparkworkbench.ui.common.scatter;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
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

    private static final PixelFormat<IntBuffer> FORMAT = PixelFormat.getIntArgbPreInstance();

    private final Map<Integer, Color> colors = new HashMap<>();
    private final Map<Double, Font> plainFonts = new HashMap<>();
    private final Map<Double, Font> boldFonts = new HashMap<>();
    private final Text measure = new Text();
    private GraphicsContext gc;
    private PointDrawing drawing = PointDrawing.RASTER;
    private final IntRaster raster = new IntRaster();
    private WritableImage image;
    private PixelBuffer<IntBuffer> pixelBuffer;
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
        int rasterLeft = (int) Math.floor(left);
        int rasterTop = (int) Math.floor(top);
        raster.reset(rasterLeft, rasterTop, (int) Math.ceil(left + width) - rasterLeft,
                (int) Math.ceil(top + height) - rasterTop, background);
        for (double x : gridColumns) {
            raster.column(x, gridColour);
        }
        for (double y : gridRows) {
            raster.row(y, gridColour);
        }
        if (image == null || (int) image.getWidth() != raster.width() || (int) image.getHeight() != raster.height()) {
            // An image over a buffer in the raster's own pixel format: the upload is a copy, where a plain
            // WritableImage converted every pixel to bytes here and back to ints in the renderer.
            IntBuffer buffer = ByteBuffer.allocateDirect(raster.width() * raster.height() * Integer.BYTES)
                    .order(ByteOrder.nativeOrder()).asIntBuffer();
            pixelBuffer = new PixelBuffer<>(raster.width(), raster.height(), buffer, FORMAT);
            image = new WritableImage(pixelBuffer);
        }
    }

    /**
     * The plot area's pixels between {@link #beginPlotArea} and {@link #endPoints}, for a caller that keeps a
     * layer of its own (e.g. the graph view's edges) and copies it in; null when drawing with canvas commands.
     */
    public IntRaster plotRaster() {
        return drawing == PointDrawing.RASTER ? raster : null;
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
        raster.square(x, y, size, argb);
    }

    @Override
    public void edge(double x0, double y0, double x1, double y1, int argb) {
        if (drawing == PointDrawing.FILL_RECT) {
            line(x0, y0, x1, y1, argb, 1);
            return;
        }
        raster.line(x0, y0, x1, y1, argb);
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
        raster.disc(x, y, radius, argb);
    }

    @Override
    public void endPoints() {
        if (drawing == PointDrawing.FILL_RECT) {
            return;
        }
        pixelBuffer.updateBuffer(b -> {
            IntBuffer pixels = b.getBuffer();
            pixels.clear();
            pixels.put(raster.pixels(), 0, raster.width() * raster.height());
            return null;
        });
        gc.drawImage(image, raster.left(), raster.top());
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

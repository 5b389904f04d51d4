package io.sparkworkbench.ui.common.scatter;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link PlotSurface} over a Java2D {@code Graphics2D}: a PNG's BufferedImage, JFreeSVG's
 * SVGGraphics2D or JFree PDF's PDFGraphics2D. Points become rectangles; a point landing on the same
 * pixel, in the same colour, as the last point drawn there is skipped, because it would change nothing
 * visible: this keeps a 200,000-point SVG or PDF to the points one can see. Any thread.
 */
public final class Graphics2DSurface implements PlotSurface {

    /** Above this many pixels the skip table is not kept (exports that large are rare and rasters anyway). */
    private static final long MAX_SKIP_TABLE = 16_000_000L;

    private final Graphics2D g;
    private final Map<Integer, Color> colors = new HashMap<>();
    private final Map<Integer, Font> fonts = new HashMap<>();
    private final Rectangle2D.Double rect = new Rectangle2D.Double();
    private final Line2D.Double segment = new Line2D.Double();
    private int[] lastColorAt;
    private int tableLeft;
    private int tableTop;
    private int tableW;
    private int tableH;
    private double cullLeft;
    private double cullTop;
    private double cullRight;
    private double cullBottom;
    private int skipped;

    public Graphics2DSurface(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        g.setColor(color(argb));
        rect.setRect(x, y, w, h);
        g.fill(rect);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double lineWidth) {
        g.setColor(color(argb));
        g.setStroke(new BasicStroke((float) lineWidth));
        rect.setRect(x, y, w, h);
        g.draw(rect);
    }

    @Override
    public void line(double x0, double y0, double x1, double y1, int argb, double lineWidth) {
        g.setColor(color(argb));
        g.setStroke(new BasicStroke((float) lineWidth));
        segment.setLine(x0, y0, x1, y1);
        g.draw(segment);
    }

    @Override
    public void polygon(double[] xs, double[] ys, int fillArgb, int strokeArgb, double lineWidth) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        g.setColor(color(fillArgb));
        g.fill(path);
        g.setColor(color(strokeArgb));
        g.setStroke(new BasicStroke((float) lineWidth));
        g.draw(path);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, int argb, Align align) {
        g.setFont(font(size, bold));
        g.setColor(color(argb));
        double w = align == Align.LEFT ? 0 : g.getFontMetrics().stringWidth(text);
        double shift = switch (align) {
            case LEFT -> 0;
            case CENTER -> w / 2;
            case RIGHT -> w;
        };
        g.drawString(text, (float) (x - shift), (float) y);
    }

    @Override
    public void verticalText(String text, double x, double y, double size, boolean bold, int argb) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        g.setFont(font(size, bold));
        g.setColor(color(argb));
        var metrics = g.getFontMetrics();
        g.drawString(text, -metrics.stringWidth(text) / 2f, (metrics.getAscent() - metrics.getDescent()) / 2f);
        g.setTransform(saved);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return g.getFontMetrics(font(size, bold)).getStringBounds(text, g).getWidth();
    }

    @Override
    public void beginPlotArea(double left, double top, double width, double height, int background,
                              double[] gridColumns, double[] gridRows, int gridColour) {
        fillRect(left, top, width, height, background);
        for (double x : gridColumns) {
            line(x, top, x, top + height, gridColour, 1);
        }
        for (double y : gridRows) {
            line(left, y, left + width, y, gridColour, 1);
        }
        cullLeft = left;
        cullTop = top;
        cullRight = left + width;
        cullBottom = top + height;
        tableLeft = (int) Math.floor(left);
        tableTop = (int) Math.floor(top);
        tableW = (int) Math.ceil(width) + 1;
        tableH = (int) Math.ceil(height) + 1;
        lastColorAt = (long) tableW * tableH <= MAX_SKIP_TABLE ? new int[tableW * tableH] : null;
        skipped = 0;
    }

    @Override
    public void point(double x, double y, int size, int argb) {
        if (x < cullLeft || x > cullRight || y < cullTop || y > cullBottom) {
            return;
        }
        if (lastColorAt != null && !repaintsPixels(x, y, size, argb)) {
            skipped++;
            return;
        }
        g.setColor(color(argb));
        rect.setRect(x - size / 2.0, y - size / 2.0, size, size);
        g.fill(rect);
    }

    /**
     * Whether the square would change any pixel of the skip table (which then records it): false when
     * every pixel it covers already shows this colour.
     */
    private boolean repaintsPixels(double x, double y, int size, int argb) {
        int x0 = Math.max(0, (int) Math.floor(x - size / 2.0) - tableLeft);
        int y0 = Math.max(0, (int) Math.floor(y - size / 2.0) - tableTop);
        int x1 = Math.min(tableW, x0 + size);
        int y1 = Math.min(tableH, y0 + size);
        boolean changes = false;
        for (int row = y0; row < y1 && !changes; row++) {
            for (int col = x0; col < x1; col++) {
                if (lastColorAt[row * tableW + col] != argb) {
                    changes = true;
                    break;
                }
            }
        }
        if (changes) {
            for (int row = y0; row < y1; row++) {
                java.util.Arrays.fill(lastColorAt, row * tableW + x0, row * tableW + x1, argb);
            }
        }
        return changes;
    }

    @Override
    public void edge(double x0, double y0, double x1, double y1, int argb) {
        if (Math.max(x0, x1) < cullLeft || Math.min(x0, x1) > cullRight
                || Math.max(y0, y1) < cullTop || Math.min(y0, y1) > cullBottom) {
            return;
        }
        line(x0, y0, x1, y1, argb, 1);
    }

    @Override
    public void disc(double x, double y, double radius, int argb) {
        if (x + radius < cullLeft || x - radius > cullRight || y + radius < cullTop || y - radius > cullBottom) {
            return;
        }
        g.setColor(color(argb));
        g.fill(new java.awt.geom.Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
    }

    @Override
    public void endPoints() {
        lastColorAt = null;
    }

    /** Points of the last batch left out because an identical one was already on that pixel. */
    int skippedPoints() {
        return skipped;
    }

    private Color color(int argb) {
        return colors.computeIfAbsent(argb, c -> new Color(c, true));
    }

    private Font font(double size, boolean bold) {
        int key = (int) Math.round(size * 10) * 2 + (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN,
                (int) Math.round(size)));
    }
}

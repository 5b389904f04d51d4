package io.sparkworkbench.ui.common.scatter;

import java.util.Arrays;

/**
 * An opaque ARGB pixel buffer placed at a screen position, with the primitives the canvas plots need:
 * squares, discs and thin blended lines. Drawing is clipped to a rectangle (by default the whole buffer),
 * so a caller can redraw one strip of it. Plain Java so a layer can be kept between frames and shifted
 * rather than redrawn ({@link #shift}). Not thread-safe.
 */
public final class IntRaster {

    private int[] pixels = new int[0];
    private int left;
    private int top;
    private int width;
    private int height;
    private int clipLeft;
    private int clipTop;
    private int clipRight;
    private int clipBottom;

    /** Places the buffer at (left, top) in screen pixels, {@code width} x {@code height}, and fills it. */
    public void reset(int left, int top, int width, int height, int background) {
        this.left = left;
        this.top = top;
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        if (pixels.length != this.width * this.height) {
            pixels = new int[this.width * this.height];
        }
        Arrays.fill(pixels, background);
        clipAll();
    }

    public int left() {
        return left;
    }

    public int top() {
        return top;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixels, row by row; shared, not copied. */
    public int[] pixels() {
        return pixels;
    }

    /** The same placement and pixels as {@code other} (which must have the same size). */
    public void copyPixelsFrom(IntRaster other) {
        if (other.width != width || other.height != height) {
            throw new IllegalArgumentException("raster sizes differ: " + other.width + "x" + other.height + " vs "
                    + width + "x" + height);
        }
        System.arraycopy(other.pixels, 0, pixels, 0, pixels.length);
    }

    /** Restricts drawing to a rectangle given in buffer pixels (clamped to the buffer). */
    public void clip(int x, int y, int w, int h) {
        clipLeft = Math.max(0, x);
        clipTop = Math.max(0, y);
        clipRight = Math.min(width, x + w);
        clipBottom = Math.min(height, y + h);
    }

    public void clipAll() {
        clip(0, 0, width, height);
    }

    /**
     * Moves the picture by (dx, dy) pixels; what comes into view is filled with {@code background} for the
     * caller to redraw (the strips {@code dx} wide and {@code dy} high on the sides the picture left).
     */
    public void shift(int dx, int dy, int background) {
        if (Math.abs(dx) >= width || Math.abs(dy) >= height) {
            Arrays.fill(pixels, background);
            return;
        }
        int rowLength = width - Math.abs(dx);
        int from = Math.max(0, -dx);
        int to = Math.max(0, dx);
        if (dy > 0) {
            for (int row = height - 1; row >= dy; row--) {
                moveRow(row - dy, row, from, to, rowLength, background);
            }
            Arrays.fill(pixels, 0, dy * width, background);
        } else {
            for (int row = 0; row < height + dy; row++) {
                moveRow(row - dy, row, from, to, rowLength, background);
            }
            Arrays.fill(pixels, (height + dy) * width, height * width, background);
        }
    }

    private void moveRow(int source, int target, int from, int to, int rowLength, int background) {
        System.arraycopy(pixels, source * width + from, pixels, target * width + to, rowLength);
        if (to > 0) {
            Arrays.fill(pixels, target * width, target * width + to, background);
        } else if (from > 0) {
            Arrays.fill(pixels, target * width + rowLength, (target + 1) * width, background);
        }
    }

    /** A square of side {@code size} centred on the screen point (x, y). */
    public void square(double x, double y, int size, int argb) {
        int x0 = Math.max(clipLeft, (int) Math.floor(x - size / 2.0) - left);
        int y0 = Math.max(clipTop, (int) Math.floor(y - size / 2.0) - top);
        int x1 = Math.min(clipRight, (int) Math.floor(x - size / 2.0) - left + size);
        int y1 = Math.min(clipBottom, (int) Math.floor(y - size / 2.0) - top + size);
        for (int row = y0; row < y1; row++) {
            int base = row * width;
            for (int col = x0; col < x1; col++) {
                pixels[base + col] = argb;
            }
        }
    }

    /** Fills the 1-pixel column or row under the screen coordinate (grid lines). */
    public void column(double x, int argb) {
        int col = (int) Math.floor(x) - left;
        if (col >= clipLeft && col < clipRight) {
            for (int row = clipTop; row < clipBottom; row++) {
                pixels[row * width + col] = argb;
            }
        }
    }

    public void row(double y, int argb) {
        int row = (int) Math.floor(y) - top;
        if (row >= clipTop && row < clipBottom) {
            Arrays.fill(pixels, row * width + clipLeft, row * width + clipRight, argb);
        }
    }

    /**
     * A thin line between two screen points, blended: clipped first (Liang-Barsky) so a long line off the
     * clip costs nothing, then one pixel per column or row along its longer axis (16.16 fixed point).
     */
    public void line(double x0, double y0, double x1, double y1, int argb) {
        double ex = x1 - x0;
        double ey = y1 - y0;
        double ax0 = x0 - left;
        double ay0 = y0 - top;
        double lo = 0;
        double hi = 1;
        double[] p = {-ex, ex, -ey, ey};
        // A coordinate c lands in pixel floor(c + 0.5): the clip keeps what lands inside it.
        double[] q = {ax0 - (clipLeft - 0.5), (clipRight - 0.5) - ax0, ay0 - (clipTop - 0.5), (clipBottom - 0.5) - ay0};
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
        int alpha = argb >>> 24;
        if (alpha == 0) {
            return;
        }
        // The colour's share of each channel, worked out once per line rather than once per pixel.
        int keep = 256 - alpha;
        int red = ((argb >> 16) & 0xff) * alpha;
        int green = ((argb >> 8) & 0xff) * alpha;
        int blue = (argb & 0xff) * alpha;
        // One pixel per column (or row) along the longer axis, each placed from the line's own equation, so
        // the pixels a line covers do not depend on where it was clipped (a shifted layer redraws strips).
        boolean alongX = Math.abs(ex) >= Math.abs(ey);
        double from = alongX ? ax0 + ex * lo : ay0 + ey * lo;
        double to = alongX ? ax0 + ex * hi : ay0 + ey * hi;
        int first = (int) Math.floor(Math.min(from, to) + 0.5);
        int last = (int) Math.floor(Math.max(from, to) + 0.5);
        double slope = alongX ? (ex == 0 ? 0 : ey / ex) : ey == 0 ? 0 : ex / ey;
        double anchorMajor = alongX ? ax0 : ay0;
        double anchorMinor = alongX ? ay0 : ax0;
        long minor = (long) Math.floor((anchorMinor + (first - anchorMajor) * slope + 0.5) * 65536);
        long step = (long) Math.floor(slope * 65536);
        for (int major = first; major <= last; major++) {
            int m = (int) (minor >> 16);
            int col = alongX ? major : m;
            int row = alongX ? m : major;
            if (col >= clipLeft && row >= clipTop && col < clipRight && row < clipBottom) {
                int at = row * width + col;
                if (alpha == 255) {
                    pixels[at] = argb;
                } else {
                    int under = pixels[at];
                    int r = (red + ((under >> 16) & 0xff) * keep) >> 8;
                    int g = (green + ((under >> 8) & 0xff) * keep) >> 8;
                    int b = (blue + (under & 0xff) * keep) >> 8;
                    pixels[at] = 0xff000000 | (r << 16) | (g << 8) | b;
                }
            }
            minor += step;
        }
    }

    /** A filled disc centred on the screen point (x, y), blended when the colour is translucent. */
    public void disc(double x, double y, double radius, int argb) {
        int alpha = argb >>> 24;
        double r2 = radius * radius;
        int row0 = Math.max(clipTop, (int) Math.floor(y - radius) - top);
        int row1 = Math.min(clipBottom - 1, (int) Math.ceil(y + radius) - top);
        double cy = y - top;
        double cx = x - left;
        int keep = 256 - alpha;
        int red = ((argb >> 16) & 0xff) * alpha;
        int green = ((argb >> 8) & 0xff) * alpha;
        int blue = (argb & 0xff) * alpha;
        for (int row = row0; row <= row1; row++) {
            double dy = row + 0.5 - cy;
            double half = r2 - dy * dy;
            if (half < 0) {
                continue;
            }
            double w = Math.sqrt(half);
            int col0 = Math.max(clipLeft, (int) Math.round(cx - w));
            int col1 = Math.min(clipRight, (int) Math.round(cx + w));
            int base = row * width;
            if (alpha == 255) {
                Arrays.fill(pixels, base + col0, base + Math.max(col0, col1), argb);
            } else {
                for (int col = col0; col < col1; col++) {
                    int under = pixels[base + col];
                    int r = (red + ((under >> 16) & 0xff) * keep) >> 8;
                    int g = (green + ((under >> 8) & 0xff) * keep) >> 8;
                    int b = (blue + (under & 0xff) * keep) >> 8;
                    pixels[base + col] = 0xff000000 | (r << 16) | (g << 8) | b;
                }
            }
        }
    }
}

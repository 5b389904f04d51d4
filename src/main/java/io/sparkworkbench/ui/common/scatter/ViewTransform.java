package io.sparkworkbench.ui.common.scatter;

/**
 * Maps data coordinates to screen pixels and back: the data window shown (x and y ranges) stretched
 * over the plot area. Immutable; zoom and pan return a new transform. Screen y grows downwards, data y
 * upwards.
 */
public record ViewTransform(double minX, double maxX, double minY, double maxY,
                            double left, double top, double width, double height) {

    /** Zooming stops when a window is this fraction of its coordinates' magnitude (floats run out). */
    private static final double MIN_RELATIVE_RANGE = 1e-6;

    public ViewTransform {
        if (!(maxX > minX) || !(maxY > minY)) {
            throw new IllegalArgumentException("a view needs a non-empty data window, got x " + minX + ".." + maxX
                    + ", y " + minY + ".." + maxY);
        }
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("a view needs a plot area, got " + width + " x " + height);
        }
    }

    /** The home view of {@code bounds}: its ranges padded by {@code padding} (e.g. 0.04 = 4 %) on each side. */
    public static ViewTransform fit(ScatterData.Bounds bounds, double padding,
                                    double left, double top, double width, double height) {
        double padX = (bounds.maxX() - bounds.minX()) * padding;
        double padY = (bounds.maxY() - bounds.minY()) * padding;
        return new ViewTransform(bounds.minX() - padX, bounds.maxX() + padX, bounds.minY() - padY,
                bounds.maxY() + padY, left, top, Math.max(1, width), Math.max(1, height));
    }

    public double pxPerX() {
        return width / (maxX - minX);
    }

    public double pxPerY() {
        return height / (maxY - minY);
    }

    public double screenX(double dataX) {
        return left + (dataX - minX) * pxPerX();
    }

    public double screenY(double dataY) {
        return top + (maxY - dataY) * pxPerY();
    }

    public double dataX(double screenX) {
        return minX + (screenX - left) / pxPerX();
    }

    public double dataY(double screenY) {
        return maxY - (screenY - top) / pxPerY();
    }

    /** The same data window over another plot area (after a resize, or for an export of another size). */
    public ViewTransform withArea(double left, double top, double width, double height) {
        return new ViewTransform(minX, maxX, minY, maxY, left, top, Math.max(1, width), Math.max(1, height));
    }

    /**
     * Zooms by {@code factor} (above 1 zooms in) so that the data point under screen position (sx, sy)
     * stays under it. Stops short of windows too narrow for float coordinates.
     */
    public ViewTransform zoomAbout(double sx, double sy, double factor) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("zoom factor must be a positive number, got " + factor);
        }
        double ax = dataX(sx);
        double ay = dataY(sy);
        double rangeX = Math.max((maxX - minX) / factor, floor(ax));
        double rangeY = Math.max((maxY - minY) / factor, floor(ay));
        double fx = (sx - left) / width;
        double fy = (sy - top) / height;
        double newMinX = ax - fx * rangeX;
        double newMaxY = ay + fy * rangeY;
        return new ViewTransform(newMinX, newMinX + rangeX, newMaxY - rangeY, newMaxY, left, top, width, height);
    }

    /** Moves the content by (dx, dy) pixels, as when the mouse drags it. */
    public ViewTransform panByPixels(double dx, double dy) {
        double ddx = dx / pxPerX();
        double ddy = dy / pxPerY();
        return new ViewTransform(minX - ddx, maxX - ddx, minY + ddy, maxY + ddy, left, top, width, height);
    }

    public boolean containsScreen(double sx, double sy) {
        return sx >= left && sx <= left + width && sy >= top && sy <= top + height;
    }

    private static double floor(double around) {
        return Math.max(Math.abs(around) * MIN_RELATIVE_RANGE, 1e-12);
    }
}

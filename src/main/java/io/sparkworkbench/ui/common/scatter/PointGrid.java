package io.sparkworkbench.ui.common.scatter;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * A uniform grid over the data coordinates of a point set: each cell lists the points inside it, so
 * hover and selection look only at the cells a query touches. Built once with the data (off the FX
 * thread); read-only afterwards, so any thread may query it.
 *
 * <p>Cells hold about {@value #POINTS_PER_CELL} points on average; a lasso tests points one by one only
 * in cells its outline crosses and takes the other cells inside it whole.
 */
public final class PointGrid {

    static final int POINTS_PER_CELL = 4;
    private static final int MAX_SIDE = 1024;

    private final float[] x;
    private final float[] y;
    private final double minX;
    private final double minY;
    private final double cellW;
    private final double cellH;
    private final int cols;
    private final int rows;
    /** Points of cell c are order[cellStart[c] .. cellStart[c + 1]), ascending. */
    private final int[] cellStart;
    private final int[] order;

    private PointGrid(float[] x, float[] y, ScatterData.Bounds b, int cols, int rows) {
        this.x = x;
        this.y = y;
        this.minX = b.minX();
        this.minY = b.minY();
        this.cols = cols;
        this.rows = rows;
        this.cellW = (b.maxX() - b.minX()) / cols;
        this.cellH = (b.maxY() - b.minY()) / rows;
        int n = x.length;
        int[] cellOf = new int[n];
        cellStart = new int[cols * rows + 1];
        for (int i = 0; i < n; i++) {
            cellOf[i] = col(x[i]) + row(y[i]) * cols;
            cellStart[cellOf[i] + 1]++;
        }
        for (int c = 0; c < cols * rows; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        order = new int[n];
        int[] fill = Arrays.copyOf(cellStart, cols * rows);
        for (int i = 0; i < n; i++) {
            order[fill[cellOf[i]]++] = i;
        }
    }

    /** A grid over {@code bounds}, which must contain every point. The arrays are kept, not copied. */
    public static PointGrid build(float[] x, float[] y, ScatterData.Bounds bounds) {
        int side = (int) Math.ceil(Math.sqrt(x.length / (double) POINTS_PER_CELL));
        side = Math.max(1, Math.min(MAX_SIDE, side));
        return new PointGrid(x, y, bounds, side, side);
    }

    int cellCount() {
        return cols * rows;
    }

    /** Points with minX ≤ x ≤ maxX and minY ≤ y ≤ maxY (edges included) that {@code include} accepts, ascending. */
    public int[] inRectangle(double x0, double y0, double x1, double y1, IntPredicate include) {
        double loX = Math.min(x0, x1);
        double hiX = Math.max(x0, x1);
        double loY = Math.min(y0, y1);
        double hiY = Math.max(y0, y1);
        IntBuffer hits = new IntBuffer();
        for (int r = row(loY); r <= row(hiY); r++) {
            for (int c = col(loX); c <= col(hiX); c++) {
                int cell = c + r * cols;
                for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                    int i = order[k];
                    if (x[i] >= loX && x[i] <= hiX && y[i] >= loY && y[i] <= hiY && include.test(i)) {
                        hits.add(i);
                    }
                }
            }
        }
        return hits.ascending(x.length);
    }

    /**
     * Points inside the polygon (even-odd rule, as {@link #polygonContains}) that {@code include}
     * accepts, ascending. Fewer than three vertices select nothing.
     */
    int[] inPolygon(double[] px, double[] py, IntPredicate include) {
        int n = Math.min(px.length, py.length);
        if (n < 3 || x.length == 0) {
            return new int[0];
        }
        double loX = Double.POSITIVE_INFINITY;
        double hiX = Double.NEGATIVE_INFINITY;
        double loY = Double.POSITIVE_INFINITY;
        double hiY = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < n; v++) {
            loX = Math.min(loX, px[v]);
            hiX = Math.max(hiX, px[v]);
            loY = Math.min(loY, py[v]);
            hiY = Math.max(hiY, py[v]);
        }
        boolean[] crossed = cellsNearOutline(px, py, n);
        IntBuffer hits = new IntBuffer();
        for (int r = row(loY); r <= row(hiY); r++) {
            for (int c = col(loX); c <= col(hiX); c++) {
                int cell = c + r * cols;
                int from = cellStart[cell];
                int to = cellStart[cell + 1];
                if (from == to) {
                    continue;
                }
                if (crossed[cell]) {
                    for (int k = from; k < to; k++) {
                        int i = order[k];
                        if (polygonContains(px, py, n, x[i], y[i]) && include.test(i)) {
                            hits.add(i);
                        }
                    }
                } else if (polygonContains(px, py, n, minX + (c + 0.5) * cellW, minY + (r + 0.5) * cellH)) {
                    // No edge comes within a cell of this one, so all of it is on the centre's side.
                    for (int k = from; k < to; k++) {
                        if (include.test(order[k])) {
                            hits.add(order[k]);
                        }
                    }
                }
            }
        }
        return hits.ascending(x.length);
    }

    /**
     * The accepted point nearest to (qx, qy) in screen distance, at most {@code radiusPx} away, or -1.
     * {@code pxPerX} and {@code pxPerY} are the view's pixels per data unit on each axis.
     */
    public int nearest(double qx, double qy, double pxPerX, double pxPerY, double radiusPx, IntPredicate include) {
        if (x.length == 0) {
            return -1;
        }
        double rx = radiusPx / pxPerX;
        double ry = radiusPx / pxPerY;
        double best = radiusPx * radiusPx;
        int bestIndex = -1;
        int c0 = col(qx - rx);
        int c1 = col(qx + rx);
        for (int r = row(qy - ry); r <= row(qy + ry); r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = c + r * cols;
                for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                    int i = order[k];
                    double dx = (x[i] - qx) * pxPerX;
                    double dy = (y[i] - qy) * pxPerY;
                    double d = dx * dx + dy * dy;
                    if (d <= best && (d < best || i > bestIndex) && include.test(i)) {
                        // Ties go to the later point: it is the one drawn on top.
                        best = d;
                        bestIndex = i;
                    }
                }
            }
        }
        return bestIndex;
    }

    /** Even-odd point-in-polygon test over the first n vertices (the last joins the first). */
    static boolean polygonContains(double[] px, double[] py, int n, double qx, double qy) {
        boolean inside = false;
        for (int a = 0, b = n - 1; a < n; b = a++) {
            if ((py[a] > qy) != (py[b] > qy)
                    && qx < (px[b] - px[a]) * (qy - py[a]) / (py[b] - py[a]) + px[a]) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Marks every cell within one cell of the polygon's outline (conservative: never misses one). */
    private boolean[] cellsNearOutline(double[] px, double[] py, int n) {
        boolean[] near = new boolean[cols * rows];
        double maxX = minX + cols * cellW;
        double maxY = minY + rows * cellH;
        double[] t = new double[2];
        for (int a = 0, b = n - 1; a < n; b = a++) {
            double ex = px[a] - px[b];
            double ey = py[a] - py[b];
            // Only the part of the edge over the grid can cross a cell; clipping keeps the walk short.
            if (!clip(px[b], py[b], ex, ey, maxX, maxY, t)) {
                continue;
            }
            double dxCells = Math.abs(ex) * (t[1] - t[0]) / cellW;
            double dyCells = Math.abs(ey) * (t[1] - t[0]) / cellH;
            int steps = (int) Math.ceil(2 * Math.max(dxCells, dyCells)) + 1;
            for (int s = 0; s <= steps; s++) {
                double at = t[0] + (t[1] - t[0]) * s / steps;
                int c = col(px[b] + ex * at);
                int r = row(py[b] + ey * at);
                for (int rr = Math.max(0, r - 1); rr <= Math.min(rows - 1, r + 1); rr++) {
                    for (int cc = Math.max(0, c - 1); cc <= Math.min(cols - 1, c + 1); cc++) {
                        near[cc + rr * cols] = true;
                    }
                }
            }
        }
        return near;
    }

    /**
     * Liang-Barsky: the parameter range [t[0], t[1]] of the segment (x0, y0) + t (ex, ey), 0 ≤ t ≤ 1, inside
     * the grid's rectangle, widened by a cell so rounding at the border never drops a crossing.
     */
    private boolean clip(double x0, double y0, double ex, double ey, double maxX, double maxY, double[] t) {
        double[] p = {-ex, ex, -ey, ey};
        double[] q = {x0 - (minX - cellW), (maxX + cellW) - x0, y0 - (minY - cellH), (maxY + cellH) - y0};
        double lo = 0;
        double hi = 1;
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return false;
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
        t[0] = lo;
        t[1] = hi;
        return lo <= hi;
    }

    private int col(double value) {
        return clamp((int) Math.floor((value - minX) / cellW), cols);
    }

    private int row(double value) {
        return clamp((int) Math.floor((value - minY) / cellH), rows);
    }

    private static int clamp(int cell, int count) {
        return cell < 0 ? 0 : Math.min(cell, count - 1);
    }

    /** A growable int array. */
    private static final class IntBuffer {
        private int[] values = new int[256];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        /** The values (distinct, below n) in ascending order; a big selection is marked and scanned, not sorted. */
        int[] ascending(int n) {
            if (size < n / 32) {
                int[] result = Arrays.copyOf(values, size);
                Arrays.sort(result);
                return result;
            }
            boolean[] marked = new boolean[n];
            for (int k = 0; k < size; k++) {
                marked[values[k]] = true;
            }
            int[] result = new int[size];
            int next = 0;
            for (int i = 0; i < n; i++) {
                if (marked[i]) {
                    result[next++] = i;
                }
            }
            return result;
        }
    }
}

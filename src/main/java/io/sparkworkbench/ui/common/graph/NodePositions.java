package io.sparkworkbench.ui.common.graph;

import io.sparkworkbench.ui.common.scatter.PointGrid;
import io.sparkworkbench.ui.common.scatter.ScatterData;
import io.sparkworkbench.ui.common.scatter.ViewTransform;

/**
 * The node positions a view shows, swapped in whole from the layout's snapshots, with the node being
 * dragged kept where the pointer is, and the spatial index for hit-testing rebuilt lazily after the
 * positions changed. JavaFX thread only.
 */
final class NodePositions {

    private float[] x = new float[0];
    private float[] y = new float[0];
    private boolean seededStart = true;
    private PointGrid grid;
    private int dragged = -1;
    private float dragX;
    private float dragY;
    private long version;

    /** @param seededStart true when these are the layout's seeded start, not a layout or a saved one */
    void set(float[][] xy, boolean seededStart) {
        x = xy[0];
        y = xy[1];
        this.seededStart = seededStart;
        dragged = -1;
        grid = null;
        version++;
    }

    /** Takes a layout snapshot's arrays (fresh ones, never written again by the layout). */
    void adopt(float[] nx, float[] ny) {
        x = nx;
        y = ny;
        seededStart = false;
        if (dragged >= 0) {
            x[dragged] = dragX;
            y[dragged] = dragY;
        }
        grid = null;
        version++;
    }

    void move(int node, float nx, float ny) {
        dragged = node;
        dragX = nx;
        dragY = ny;
        x[node] = nx;
        y[node] = ny;
        seededStart = false;
        grid = null;
        version++;
    }

    void release(int node) {
        if (dragged == node) {
            dragged = -1;
        }
    }

    /** Changes whenever any position does: the edge layer keeps its pixels only while it stays the same. */
    long version() {
        return version;
    }

    float[] x() {
        return x;
    }

    float[] y() {
        return y;
    }

    boolean isSeededStart() {
        return seededStart;
    }

    PointGrid grid() {
        if (grid == null) {
            grid = PointGrid.build(x, y, bounds(0));
        }
        return grid;
    }

    /** The bounds of all nodes, each side widened by {@code padding} of the span (a point gets a unit square). */
    ScatterData.Bounds bounds(double padding) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        if (x.length == 0) {
            return new ScatterData.Bounds(-1, 1, -1, 1);
        }
        double span = Math.max(Math.max(maxX - minX, maxY - minY), 1e-6);
        double pad = Math.max(span * padding, 1e-6);
        if (maxX - minX < 1e-6) {
            minX -= span / 2;
            maxX += span / 2;
        }
        if (maxY - minY < 1e-6) {
            minY -= span / 2;
            maxY += span / 2;
        }
        return new ScatterData.Bounds(minX - pad, maxX + pad, minY - pad, maxY + pad);
    }

    /** The whole graph centred in a w x h view, one scale on both axes. */
    ViewTransform fit(double padding, double w, double h) {
        ScatterData.Bounds b = bounds(padding);
        ViewTransform window = new ViewTransform(b.minX(), b.maxX(), b.minY(), b.maxY(), 0, 0, w, h);
        return GraphExporter.sameWindow(window, w, h);
    }
}

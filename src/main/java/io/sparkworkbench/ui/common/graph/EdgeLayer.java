package io.sparkworkbench.ui.common.graph;

import io.sparkworkbench.ui.common.scatter.IntRaster;
import io.sparkworkbench.ui.common.scatter.ScatterStyle;
import io.sparkworkbench.ui.common.scatter.ViewTransform;

/**
 * The screen's normal edges kept as a layer between frames. Panning moves every edge by the same number of
 * pixels, so a pan shifts the kept pixels and draws only the strips that came into view, instead of
 * rasterising every edge again (the edges were most of a frame's cost: 25,000 of them took ~70% of the
 * drawing time). Anything else that moves edges — a zoom, a layout step, a dragged node, a selection, the
 * level of detail, a resize, the colours — draws the layer again from scratch. The kept origin is whole
 * pixels away from the view's true one, so edges sit at most half a pixel off their nodes. JavaFX thread only.
 */
final class EdgeLayer {

    /** Draws a frame's normal edges into the plot raster; returns how many it drew. */
    @FunctionalInterface
    interface Target {
        int paintInto(GraphFrame frame, double width, double height);
    }

    private record Key(GraphData data, long positionsVersion, double pxPerX, double pxPerY, int selected,
                       boolean[] highlighted, int edgeStride, ScatterStyle style, int width, int height) {

        boolean sameAs(Key o) {
            return o != null && data == o.data && positionsVersion == o.positionsVersion && selected == o.selected
                    && highlighted == o.highlighted && edgeStride == o.edgeStride && style == o.style
                    && width == o.width && height == o.height && close(pxPerX, o.pxPerX) && close(pxPerY, o.pxPerY);
        }

        // A pan recomputes the scale from a shifted window: equal up to rounding, not bit for bit.
        private static boolean close(double a, double b) {
            return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
        }
    }

    private final IntRaster layer = new IntRaster();
    private Key key;
    private double originX;
    private double originY;
    private int fullRedraws;
    private int shifts;

    /** A target that paints through this layer into {@code raster}, for positions at {@code positionsVersion}. */
    Target into(IntRaster raster, long positionsVersion) {
        return (frame, width, height) -> paint(raster, frame, positionsVersion, width, height);
    }

    /** Forgets the kept pixels (e.g. the graph changed), so the next frame draws every edge. */
    void invalidate() {
        key = null;
    }

    int fullRedraws() {
        return fullRedraws;
    }

    int shifts() {
        return shifts;
    }

    private int paint(IntRaster target, GraphFrame f, long positionsVersion, double width, double height) {
        ViewTransform v = f.view();
        Key now = new Key(f.data(), positionsVersion, v.pxPerX(), v.pxPerY(), f.selected(), f.highlighted(),
                f.edgeStride(), f.style(), target.width(), target.height());
        int background = f.style().background();
        int colour = GraphPainter.normalEdgeColour(f);
        double ox = GraphPainter.originX(v);
        double oy = GraphPainter.originY(v);
        int drawn;
        int dx = (int) Math.round(ox - originX);
        int dy = (int) Math.round(oy - originY);
        if (!now.sameAs(key) || layer.left() != target.left() || layer.top() != target.top()
                || Math.abs(dx) >= layer.width() || Math.abs(dy) >= layer.height()) {
            layer.reset(target.left(), target.top(), target.width(), target.height(), background);
            originX = ox;
            originY = oy;
            drawn = GraphPainter.normalEdges(f, ox, oy, width, height, (x0, y0, x1, y1) -> layer.line(x0, y0, x1, y1, colour));
            key = now;
            fullRedraws++;
        } else {
            drawn = dx == 0 && dy == 0 ? countOnly(f, width, height) : shiftAndFill(f, dx, dy, width, height, colour, background);
        }
        target.copyPixelsFrom(layer);
        return drawn;
    }

    private int shiftAndFill(GraphFrame f, int dx, int dy, double width, double height, int colour, int background) {
        layer.shift(dx, dy, background);
        originX += dx;
        originY += dy;
        shifts++;
        int w = layer.width();
        int h = layer.height();
        // The strips that came into view: a column band on the side the picture left, a row band likewise.
        int colFrom = dx > 0 ? 0 : w + dx;
        int colTo = dx > 0 ? dx : w;
        int rowFrom = dy > 0 ? 0 : h + dy;
        int rowTo = dy > 0 ? dy : h;
        double left = layer.left();
        double top = layer.top();
        int drawn = GraphPainter.normalEdges(f, originX, originY, width, height, (x0, y0, x1, y1) -> {
            if (dx != 0 && crosses(x0 - left, x1 - left, colFrom, colTo)) {
                layer.clip(colFrom, 0, colTo - colFrom, h);
                layer.line(x0, y0, x1, y1, colour);
            }
            if (dy != 0 && crosses(y0 - top, y1 - top, rowFrom, rowTo)) {
                // The corner both bands share is drawn by the column band already; blending twice would darken it.
                if (dx != 0) {
                    layer.clip(dx > 0 ? dx : 0, rowFrom, w - Math.abs(dx), rowTo - rowFrom);
                } else {
                    layer.clip(0, rowFrom, w, rowTo - rowFrom);
                }
                layer.line(x0, y0, x1, y1, colour);
            }
        });
        layer.clipAll();
        return drawn;
    }

    private int countOnly(GraphFrame f, double width, double height) {
        return GraphPainter.normalEdges(f, originX, originY, width, height, (x0, y0, x1, y1) -> { });
    }

    /** Whether a segment's span [a, b] (either order) reaches into the band [from, to). */
    private static boolean crosses(double a, double b, int from, int to) {
        return Math.max(a, b) >= from - 1 && Math.min(a, b) <= to + 1;
    }
}

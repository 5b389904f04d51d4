package io.sparkworkbench.ui.common.graph;

import io.sparkworkbench.ui.common.scatter.ViewTransform;

/** View arithmetic the graph needs beyond {@link ViewTransform}: one scale on both axes kept across resizes. */
final class GraphViewMath {

    private GraphViewMath() {
    }

    /** The same centre and pixels per unit over a plot area of w x h (a resize neither zooms nor stretches). */
    static ViewTransform resized(ViewTransform v, double w, double h) {
        double cx = (v.minX() + v.maxX()) / 2;
        double cy = (v.minY() + v.maxY()) / 2;
        double scale = v.pxPerX();
        double hw = w / scale / 2;
        double hh = h / scale / 2;
        return new ViewTransform(cx - hw, cx + hw, cy - hh, cy + hh, 0, 0, w, h);
    }
}

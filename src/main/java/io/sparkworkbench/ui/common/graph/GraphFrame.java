package io.sparkworkbench.ui.common.graph;

import io.sparkworkbench.ui.common.scatter.ScatterStyle;
import io.sparkworkbench.ui.common.scatter.ViewTransform;

/**
 * Everything one picture of the graph shows: the data, the node positions and radii, the view, the
 * selection ({@code highlighted} marks the selected node and its neighbours, {@code null} when nothing is
 * selected), the hovered node, the colours, the caller's note and the level of detail ({@code edgeStride}:
 * 1 draws every edge, k draws one in k). The painter only reads it; an export takes a {@link #copy()}
 * so it can draw on another thread while the user goes on.
 */
record GraphFrame(GraphData data, float[] x, float[] y, float[] radius, ViewTransform view, int selected,
                  boolean[] highlighted, int hovered, ScatterStyle style, String note, int edgeStride) {

    GraphFrame copy() {
        return new GraphFrame(data, x.clone(), y.clone(), radius, view, selected,
                highlighted == null ? null : highlighted.clone(), hovered, style, note, edgeStride);
    }

    /** The same frame with every edge drawn, over another screen area (an export of another size). */
    GraphFrame forExport(ViewTransform exportView) {
        return new GraphFrame(data, x, y, radius, exportView, selected, highlighted, -1, style, note, 1);
    }
}

package io.sparkworkbench.ui.common.graph;

import io.sparkworkbench.ui.common.scatter.PlotSurface;
import io.sparkworkbench.ui.common.scatter.ScatterStyle;
import io.sparkworkbench.ui.common.scatter.ViewTransform;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Draws a {@link GraphFrame} on a {@link PlotSurface}: edges (culled, thin, translucent; one in
 * {@code edgeStride} when the frame asks for less detail), nodes sized and coloured by group (larger on
 * top; with a selection, the others dimmed and the selected node's edges in the accent colour), the
 * bounded labels, the legend and the notes. The screen and every export call this, so a file shows
 * what the screen did.
 */
final class GraphPainter {

    /** Legend entries drawn before "… and N more". */
    static final int LEGEND_ENTRIES = 12;
    private static final double LEGEND_FONT = 12;
    private static final double NOTE_FONT = 12;
    private static final double PAD = 10;

    /** What a frame drew, for the notes and the tests. */
    record Painted(int edgesDrawn, int labels) {
    }

    private GraphPainter() {
    }

    static Painted paint(PlotSurface s, GraphFrame f, double width, double height, IntToDoubleFunction labelWidth,
                         List<String> viewNotes) {
        return paint(s, f, width, height, labelWidth, viewNotes, null);
    }

    /**
     * As {@link #paint(PlotSurface, GraphFrame, double, double, IntToDoubleFunction, List)}; with an
     * {@code edgeLayer} (screen only), the normal edges come from that kept layer instead of being drawn again.
     */
    static Painted paint(PlotSurface s, GraphFrame f, double width, double height, IntToDoubleFunction labelWidth,
                         List<String> viewNotes, EdgeLayer.Target edgeLayer) {
        ScatterStyle style = f.style();
        s.beginPlotArea(0, 0, width, height, style.background(), new double[0], new double[0], style.background());
        int edges = edgeLayer == null ? paintEdges(s, f, width, height)
                : edgeLayer.paintInto(f, width, height) + paintSelectedEdges(s, f);
        paintNodes(s, f);
        s.endPoints();
        List<GraphLabels.Placed> labels = GraphLabels.choose(f, width, height, labelWidth);
        paintLabels(s, f, labels);
        paintLegend(s, f, width);
        paintNotes(s, f, viewNotes);
        return new Painted(edges, labels.size());
    }

    /** Edge alpha falls as edges grow in number, so a dense graph stays a haze rather than a black blot. */
    static double edgeAlpha(int edges) {
        return edges <= 2_000 ? 0.35 : edges <= 30_000 ? 0.18 : 0.10;
    }

    /** Receives an edge's end points in screen pixels. */
    @FunctionalInterface
    interface EdgeSink {
        void edge(double x0, double y0, double x1, double y1);
    }

    /**
     * Walks the edges a frame draws in its normal colour (every {@code edgeStride}-th, not those of the
     * selected node) in screen pixels for a view whose data origin lands on (ox, oy), skipping those off a
     * {@code width} x {@code height} screen on one side or shorter than a pixel (hidden under their nodes).
     * Returns how many it passed on.
     */
    static int normalEdges(GraphFrame f, double ox, double oy, double width, double height, EdgeSink sink) {
        GraphData d = f.data();
        double sx = f.view().pxPerX();
        double sy = f.view().pxPerY();
        float[] x = f.x();
        float[] y = f.y();
        boolean skipSelected = f.highlighted() != null;
        int stride = Math.max(1, f.edgeStride());
        int passed = 0;
        for (int e = 0; e < d.src.length; e += stride) {
            int a = d.src[e];
            int b = d.dst[e];
            double x0 = ox + x[a] * sx;
            double y0 = oy - y[a] * sy;
            double x1 = ox + x[b] * sx;
            double y1 = oy - y[b] * sy;
            if ((x0 < 0 && x1 < 0) || (y0 < 0 && y1 < 0) || (x0 > width && x1 > width) || (y0 > height && y1 > height)
                    || (Math.abs(x1 - x0) < 1 && Math.abs(y1 - y0) < 1)) {
                continue;
            }
            if (skipSelected && (a == f.selected() || b == f.selected())) {
                continue;
            }
            sink.edge(x0, y0, x1, y1);
            passed++;
        }
        return passed;
    }

    /** Where the frame's data origin lands on screen: x. */
    static double originX(ViewTransform v) {
        return v.left() - v.minX() * v.pxPerX();
    }

    /** Where the frame's data origin lands on screen: y (screen y grows downwards). */
    static double originY(ViewTransform v) {
        return v.top() + v.maxY() * v.pxPerY();
    }

    /** The colour of the edges not lit by a selection. */
    static int normalEdgeColour(GraphFrame f) {
        return ScatterStyle.withAlpha(f.style().text(),
                edgeAlpha(f.data().edgeCount()) * (f.highlighted() == null ? 1 : 0.35));
    }

    private static int paintEdges(PlotSurface s, GraphFrame f, double width, double height) {
        int normal = normalEdgeColour(f);
        int drawn = normalEdges(f, originX(f.view()), originY(f.view()), width, height,
                (x0, y0, x1, y1) -> s.edge(x0, y0, x1, y1, normal));
        return drawn + paintSelectedEdges(s, f);
    }

    /** The selected node's edges in the accent colour, over everything else's. */
    private static int paintSelectedEdges(PlotSurface s, GraphFrame f) {
        if (f.highlighted() == null) {
            return 0;
        }
        GraphData d = f.data();
        ViewTransform v = f.view();
        float[] x = f.x();
        float[] y = f.y();
        int accent = ScatterStyle.withAlpha(f.style().accent(), 0.85);
        int sel = f.selected();
        int drawn = 0;
        for (int k = d.neighbourStart[sel]; k < d.neighbourStart[sel + 1]; k++) {
            int j = d.neighbours[k];
            s.edge(v.screenX(x[sel]), v.screenY(y[sel]), v.screenX(x[j]), v.screenY(y[j]), accent);
            drawn++;
        }
        return drawn;
    }

    private static void paintNodes(PlotSurface s, GraphFrame f) {
        GraphData d = f.data();
        ScatterStyle style = f.style();
        ViewTransform v = f.view();
        int groups = d.groupCount();
        int[] colour = new int[groups];
        int[] dimmed = new int[groups];
        for (int g = 0; g < groups; g++) {
            colour[g] = style.groupColor(g);
            dimmed[g] = style.dimmedGroupColor(g);
        }
        int rim = style.background();
        boolean[] hl = f.highlighted();
        int[] order = d.bySizeDescending;
        // Smallest first, so hubs are drawn over the crowd; with a selection, the highlighted nodes last.
        for (int pass = 0; pass < (hl == null ? 1 : 2); pass++) {
            for (int k = order.length - 1; k >= 0; k--) {
                int i = order[k];
                boolean lit = hl != null && hl[i];
                if (hl != null && (pass == 0) == lit) {
                    continue;
                }
                double cx = v.screenX(f.x()[i]);
                double cy = v.screenY(f.y()[i]);
                double r = f.radius()[i];
                if (r >= 3) {
                    s.disc(cx, cy, r + 1, rim);
                }
                s.disc(cx, cy, r, hl == null || lit ? colour[d.group[i]] : dimmed[d.group[i]]);
            }
        }
        ring(s, f, f.hovered(), style.text());
        ring(s, f, f.selected(), style.accent());
    }

    private static void ring(PlotSurface s, GraphFrame f, int node, int colour) {
        if (node < 0) {
            return;
        }
        double cx = f.view().screenX(f.x()[node]);
        double cy = f.view().screenY(f.y()[node]);
        double r = f.radius()[node];
        s.disc(cx, cy, r + 3.5, colour);
        s.disc(cx, cy, r + 1.5, f.style().background());
        s.disc(cx, cy, r, f.style().groupColor(f.data().group(node)));
    }

    private static void paintLabels(PlotSurface s, GraphFrame f, List<GraphLabels.Placed> labels) {
        int box = ScatterStyle.withAlpha(f.style().background(), 0.78);
        for (GraphLabels.Placed p : labels) {
            s.fillRect(p.x(), p.y(), p.w(), GraphLabels.HEIGHT, box);
            boolean strong = p.node() == f.selected() || p.node() == f.hovered();
            s.text(f.data().label(p.node()), p.x() + 3, p.y() + 12, GraphLabels.FONT, strong, f.style().text(),
                    PlotSurface.Align.LEFT);
        }
    }

    private static void paintLegend(PlotSurface s, GraphFrame f, double width) {
        GraphData d = f.data();
        if (d.groupCount() == 0) {
            return;
        }
        int[] groups = java.util.stream.IntStream.range(0, d.groupCount()).boxed()
                .sorted((a, b) -> d.groupSize(a) != d.groupSize(b) ? Integer.compare(d.groupSize(b), d.groupSize(a))
                        : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
        int shown = Math.min(groups.length, LEGEND_ENTRIES);
        String[] text = new String[shown + (groups.length > shown ? 1 : 0)];
        double textW = 0;
        for (int k = 0; k < shown; k++) {
            text[k] = d.groupName(groups[k]) + "  " + String.format(java.util.Locale.US, "%,d", d.groupSize(groups[k]));
            textW = Math.max(textW, s.textWidth(text[k], LEGEND_FONT, false));
        }
        if (groups.length > shown) {
            text[shown] = "… and " + (groups.length - shown) + " more";
            textW = Math.max(textW, s.textWidth(text[shown], LEGEND_FONT, false));
        }
        double rowH = 17;
        double boxW = textW + 30;
        double boxH = text.length * rowH + 8;
        double left = width - PAD - boxW;
        double top = PAD;
        s.fillRect(left, top, boxW, boxH, ScatterStyle.withAlpha(f.style().background(), 0.85));
        s.strokeRect(left + 0.5, top + 0.5, boxW - 1, boxH - 1, f.style().frame(), 1);
        for (int k = 0; k < text.length; k++) {
            double rowTop = top + 4 + k * rowH;
            if (k < shown) {
                s.fillRect(left + 8, rowTop + 4, 10, 10, f.style().groupColor(groups[k]));
            }
            s.text(text[k], left + 24, rowTop + 13, LEGEND_FONT, false,
                    k < shown ? f.style().text() : f.style().mutedText(), PlotSurface.Align.LEFT);
        }
    }

    private static void paintNotes(PlotSurface s, GraphFrame f, List<String> viewNotes) {
        double baseline = PAD + NOTE_FONT;
        if (!f.note().isEmpty()) {
            noteLine(s, f, f.note(), baseline, f.style().text());
            baseline += NOTE_FONT + 6;
        }
        for (String note : viewNotes) {
            noteLine(s, f, note, baseline, f.style().mutedText());
            baseline += NOTE_FONT + 6;
        }
    }

    private static void noteLine(PlotSurface s, GraphFrame f, String text, double baseline, int colour) {
        double w = s.textWidth(text, NOTE_FONT, false);
        s.fillRect(PAD - 3, baseline - NOTE_FONT - 1, w + 6, NOTE_FONT + 5, ScatterStyle.withAlpha(f.style().background(), 0.8));
        s.text(text, PAD, baseline, NOTE_FONT, false, colour, PlotSurface.Align.LEFT);
    }
}

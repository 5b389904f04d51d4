package io.sparkworkbench.ui.common.scatter;

/**
 * Draws a {@link PlotState} on a {@link PlotSurface}: background, note, grid and tick labels, axis
 * labels, the points coloured by group (the selected ones on top, the others dimmed, hidden groups
 * left out), the centroids as outlined diamonds, and the legend. The screen and every export call this,
 * so what is saved is what was shown.
 */
final class ScatterPainter {

    private ScatterPainter() {
    }

    /** Side of a point's square in pixels: larger when there are few points, so they stay visible. */
    static int pointSize(int points) {
        return points <= 5_000 ? 5 : points <= 50_000 ? 3 : 2;
    }

    static void paint(PlotSurface s, PlotState state, ScatterLayout layout) {
        ScatterStyle style = state.style();
        ScatterData data = state.data();
        ViewTransform view = state.view();
        AxisTicks xTicks = AxisTicks.of(view.minX(), view.maxX(), ScatterLayout.tickCount(view.width()));
        AxisTicks yTicks = AxisTicks.of(view.minY(), view.maxY(), ScatterLayout.tickCount(view.height()));
        paintPoints(s, state, pointSize(data.size()), gridColumns(view, xTicks), gridRows(view, yTicks));
        paintCentroids(s, state, 7);
        // Filling the margins afterwards stands in for a clip (a canvas clip costs a full-size mask per
        // frame) and covers the parts of centroids that stick out of the plot area.
        paintMargins(s, view, layout.width(), layout.height(), style.background);
        s.strokeRect(view.left(), view.top(), view.width(), view.height(), style.frame, 1);
        paintTickLabels(s, state, layout, xTicks, yTicks);
        if (!data.note().isEmpty()) {
            s.text(data.note(), layout.plotLeft(), layout.noteBaseline(), ScatterLayout.NOTE_FONT, false,
                    style.mutedText, PlotSurface.Align.LEFT);
        }
        paintLegend(s, state, layout);
    }

    private static void paintMargins(PlotSurface s, ViewTransform view, double width, double height, int colour) {
        double right = view.left() + view.width();
        double bottom = view.top() + view.height();
        s.fillRect(0, 0, width, view.top(), colour);
        s.fillRect(0, bottom, width, height - bottom, colour);
        s.fillRect(0, view.top(), view.left(), view.height(), colour);
        s.fillRect(right, view.top(), width - right, view.height(), colour);
    }

    /** A small multiple: frame, points, centroids and a title line with its score; no axes or legend. */
    static void paintThumbnail(PlotSurface s, PlotState state, double width, double height, String title,
                               String score) {
        ScatterStyle style = state.style();
        ViewTransform view = state.view();
        double baseline = 13;
        paintPoints(s, state, 2, new double[0], new double[0]);
        paintCentroids(s, state, 5);
        paintMargins(s, view, width, height, style.background);
        s.strokeRect(view.left(), view.top(), view.width(), view.height(), style.frame, 1);
        double scoreWidth = score.isEmpty() ? 0 : s.textWidth(score, 11, false) + 8;
        s.text(elide(s, title, width - 8 - scoreWidth, 11, true), 4, baseline, 11, true, style.text, PlotSurface.Align.LEFT);
        if (!score.isEmpty()) {
            s.text(score, width - 4, baseline, 11, false, style.mutedText, PlotSurface.Align.RIGHT);
        }
    }

    /** {@code text} cut to fit {@code room} pixels, ending in an ellipsis when it had to be cut. */
    static String elide(PlotSurface s, String text, double room, double size, boolean bold) {
        if (s.textWidth(text, size, bold) <= room) {
            return text;
        }
        for (int end = text.length() - 1; end > 0; end--) {
            String cut = text.substring(0, end).stripTrailing() + "…";
            if (s.textWidth(cut, size, bold) <= room) {
                return cut;
            }
        }
        return "";
    }

    private static double[] gridColumns(ViewTransform view, AxisTicks ticks) {
        return java.util.Arrays.stream(ticks.values()).map(v -> Math.round(view.screenX(v)) + 0.5).toArray();
    }

    private static double[] gridRows(ViewTransform view, AxisTicks ticks) {
        return java.util.Arrays.stream(ticks.values()).map(v -> Math.round(view.screenY(v)) + 0.5).toArray();
    }

    private static void paintTickLabels(PlotSurface s, PlotState state, ScatterLayout layout, AxisTicks xTicks,
                                        AxisTicks yTicks) {
        ScatterStyle style = state.style();
        ViewTransform view = state.view();
        ScatterData data = state.data();
        double bottom = view.top() + view.height();
        for (double v : xTicks.values()) {
            s.text(xTicks.label(v), Math.round(view.screenX(v)) + 0.5, bottom + 5 + ScatterLayout.TICK_FONT,
                    ScatterLayout.TICK_FONT, false, style.mutedText, PlotSurface.Align.CENTER);
        }
        for (double v : yTicks.values()) {
            s.text(yTicks.label(v), view.left() - 5, Math.round(view.screenY(v)) + 0.5 + ScatterLayout.TICK_FONT * 0.35,
                    ScatterLayout.TICK_FONT, false, style.mutedText, PlotSurface.Align.RIGHT);
        }
        if (!data.xLabel().isEmpty()) {
            s.text(data.xLabel(), view.left() + view.width() / 2, layout.height() - ScatterLayout.PAD - 2,
                    ScatterLayout.LABEL_FONT, false, style.text, PlotSurface.Align.CENTER);
        }
        if (!data.yLabel().isEmpty()) {
            s.verticalText(data.yLabel(), ScatterLayout.PAD + ScatterLayout.LABEL_FONT / 2 + 1,
                    view.top() + view.height() / 2, ScatterLayout.LABEL_FONT, false, style.text);
        }
    }

    private static void paintPoints(PlotSurface s, PlotState state, int size, double[] gridColumns,
                                    double[] gridRows) {
        ScatterData data = state.data();
        ScatterStyle style = state.style();
        ViewTransform view = state.view();
        int groups = data.groupCount();
        int[] colour = new int[groups];
        int[] dimmed = new int[groups];
        for (int g = 0; g < groups; g++) {
            colour[g] = style.groupColor(g);
            dimmed[g] = style.dimmedGroupColor(g);
        }
        boolean[] hidden = state.hiddenGroups();
        boolean[] selected = state.selected();
        // Inlined transform: this loop runs for every point in every frame.
        double sx = view.pxPerX();
        double sy = view.pxPerY();
        double ox = view.left() - view.minX() * sx;
        double oy = view.top() + view.maxY() * sy;
        float[] x = data.x;
        float[] y = data.y;
        int[] group = data.group;
        s.beginPlotArea(view.left(), view.top(), view.width(), view.height(), style.background, gridColumns, gridRows,
                style.grid);
        for (int i = 0; i < x.length; i++) {
            int g = group[i];
            if ((g < hidden.length && hidden[g]) || (selected != null && selected[i])) {
                continue;
            }
            s.point(ox + x[i] * sx, oy - y[i] * sy, size, selected == null ? colour[g] : dimmed[g]);
        }
        if (selected != null) {
            for (int i = 0; i < x.length; i++) {
                int g = group[i];
                if (selected[i] && !(g < hidden.length && hidden[g])) {
                    s.point(ox + x[i] * sx, oy - y[i] * sy, size, colour[g]);
                }
            }
        }
        s.endPoints();
    }

    private static void paintCentroids(PlotSurface s, PlotState state, double radius) {
        ScatterData data = state.data();
        if (!data.hasCentroids()) {
            return;
        }
        ViewTransform view = state.view();
        int outline = state.style().text;
        for (int g = 0; g < data.groupCount(); g++) {
            if (state.isHidden(g)) {
                continue;
            }
            double cx = view.screenX(data.cx[g]);
            double cy = view.screenY(data.cy[g]);
            s.polygon(new double[]{cx, cx + radius, cx, cx - radius}, new double[]{cy - radius, cy, cy + radius, cy},
                    state.style().groupColor(g), outline, 1.5);
        }
    }

    private static void paintLegend(PlotSurface s, PlotState state, ScatterLayout layout) {
        ScatterStyle style = state.style();
        for (ScatterLayout.LegendEntry e : layout.legend()) {
            boolean hidden = state.isHidden(e.group());
            double swatchY = e.y() + (e.h() - ScatterLayout.SWATCH) / 2;
            int colour = style.groupColor(e.group());
            if (hidden) {
                s.strokeRect(e.x() + 0.5, swatchY + 0.5, ScatterLayout.SWATCH - 1, ScatterLayout.SWATCH - 1, colour, 1);
            } else {
                s.fillRect(e.x(), swatchY, ScatterLayout.SWATCH, ScatterLayout.SWATCH, colour);
            }
            s.text(e.text(), e.x() + ScatterLayout.SWATCH + 6, e.y() + e.h() / 2 + ScatterLayout.LEGEND_FONT * 0.35,
                    ScatterLayout.LEGEND_FONT, false, hidden ? style.frame : style.text, PlotSurface.Align.LEFT);
        }
    }
}

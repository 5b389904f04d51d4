package io.sparkworkbench.ui.common.scatter;

import io.sparkworkbench.ui.common.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the parts of the plot go at a given size: the note line, the plot area, the axes' labels and
 * the legend entries (kept so a click can find the entry under it). Computed with the surface's own
 * text measurements, so the screen and an export lay out alike.
 */
record ScatterLayout(double width, double height, double plotLeft, double plotTop, double plotWidth,
                     double plotHeight, double noteBaseline, List<LegendEntry> legend) {

    static final double PAD = 8;
    static final double TICK_FONT = 11;
    static final double LABEL_FONT = 12;
    static final double LEGEND_FONT = 12;
    static final double NOTE_FONT = 12;
    static final double LEGEND_ROW = 20;
    static final double SWATCH = 10;
    private static final double TICK_GAP = 5;

    /** One legend row: group, its text, and the row's box. */
    record LegendEntry(int group, String text, double x, double y, double w, double h) {
        boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }
    }

    static ScatterLayout compute(double width, double height, ScatterData data, ViewTransform window,
                                 PlotSurface measure) {
        double top = PAD;
        double noteBaseline = 0;
        if (!data.note().isEmpty()) {
            noteBaseline = top + NOTE_FONT;
            top += NOTE_FONT + 8;
        }
        double bottom = PAD + TICK_FONT + TICK_GAP + (data.xLabel().isEmpty() ? 0 : LABEL_FONT + 6);
        List<String> texts = legendTexts(data);
        double legendWidth = 0;
        for (String t : texts) {
            legendWidth = Math.max(legendWidth, SWATCH + 6 + measure.textWidth(t, LEGEND_FONT, false));
        }
        double legendBlock = texts.isEmpty() ? 0 : legendWidth + 2 * PAD;
        AxisTicks yTicks = AxisTicks.of(window.minY(), window.maxY(), tickCount(height - top - bottom));
        double tickWidth = 0;
        for (double v : yTicks.values()) {
            tickWidth = Math.max(tickWidth, measure.textWidth(yTicks.label(v), TICK_FONT, false));
        }
        double left = PAD + (data.yLabel().isEmpty() ? 0 : LABEL_FONT + 8) + tickWidth + TICK_GAP;
        double plotWidth = Math.max(1, width - left - legendBlock - PAD);
        double plotHeight = Math.max(1, height - top - bottom);
        List<LegendEntry> entries = new ArrayList<>();
        double legendX = left + plotWidth + PAD * 1.5;
        for (int g = 0; g < texts.size(); g++) {
            entries.add(new LegendEntry(g, texts.get(g), legendX, top + g * LEGEND_ROW, legendWidth, LEGEND_ROW));
        }
        return new ScatterLayout(width, height, left, top, plotWidth, plotHeight, noteBaseline, List.copyOf(entries));
    }

    static int tickCount(double pixels) {
        return Math.max(2, (int) (pixels / 70));
    }

    /** "Champions  2,345 (23.4%)": the group's population size and share. */
    static List<String> legendTexts(ScatterData data) {
        long population = data.population();
        List<String> texts = new ArrayList<>();
        for (int g = 0; g < data.groupCount(); g++) {
            long size = data.groupSize(g);
            String share = population == 0 ? "" : String.format(Locale.US, " (%.1f%%)", 100.0 * size / population);
            texts.add(data.groupName(g) + "  " + Formats.count(size) + share);
        }
        return texts;
    }

    /** The legend entry at (x, y), or -1. */
    int legendGroupAt(double x, double y) {
        for (LegendEntry e : legend) {
            if (e.contains(x, y)) {
                return e.group();
            }
        }
        return -1;
    }
}

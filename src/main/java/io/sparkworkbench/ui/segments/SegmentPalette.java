package io.sparkworkbench.ui.segments;

import io.sparkworkbench.chart.ChartTheme;
import javafx.scene.paint.Color;

/**
 * One colour per segment, the same on the scatterplot, the profile table and the charts (segment n is
 * the charts' n-th series colour), so a segment is recognised everywhere by its colour; it follows the
 * light or dark theme like the charts do.
 */
final class SegmentPalette {

    private ChartTheme theme = ChartTheme.LIGHT;

    void setDarkTheme(boolean dark) {
        theme = ChartTheme.of(dark);
    }

    int rgb(int segment) {
        return theme.seriesColor(segment).getRGB() & 0xFFFFFF;
    }

    Color fx(int segment) {
        int rgb = rgb(segment);
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}

package io.sparkworkbench.ui.common.scatter;

import io.sparkworkbench.chart.ChartTheme;

/**
 * Colours of a scatterplot (and of the graph view, which shares them) as opaque ARGB ints, for the app's light and dark themes. Groups take the
 * qualitative palette of {@link ChartTheme} (Primer's accents, lighter in dark mode), so a segment has
 * the same colour here as in the tab's other charts. Dimmed colours are pre-blended with the background,
 * so every point stays opaque and overlaps look the same on screen and in exports.
 */
public enum ScatterStyle {
    LIGHT(ChartTheme.LIGHT, 0xff59636e, 0xffd1d9e0, 0xff818b98, 0xff0969da),
    DARK(ChartTheme.DARK, 0xff9198a1, 0xff2a313c, 0xff656c76, 0xff58a6ff);

    /** How much of a point's colour survives when it is not selected while others are. */
    private static final double DIM_KEEP = 0.22;

    final int background;
    final int text;
    final int mutedText;
    final int grid;
    final int frame;
    final int accent;
    private final ChartTheme theme;

    ScatterStyle(ChartTheme theme, int mutedText, int grid, int frame, int accent) {
        this.theme = theme;
        this.background = argb(theme.background());
        this.text = argb(theme.text());
        this.mutedText = mutedText;
        this.grid = grid;
        this.frame = frame;
        this.accent = accent;
    }

    public static ScatterStyle of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    public boolean isDark() {
        return this == DARK;
    }

    public int groupColor(int group) {
        return argb(theme.seriesColor(group));
    }

    public int dimmedGroupColor(int group) {
        return blend(groupColor(group), background, DIM_KEEP);
    }

    /** {@code a} over {@code b}, keeping {@code keep} of {@code a}; opaque result. */
    public static int blend(int a, int b, double keep) {
        int r = (int) Math.round(((a >> 16) & 0xff) * keep + ((b >> 16) & 0xff) * (1 - keep));
        int g = (int) Math.round(((a >> 8) & 0xff) * keep + ((b >> 8) & 0xff) * (1 - keep));
        int bl = (int) Math.round((a & 0xff) * keep + (b & 0xff) * (1 - keep));
        return 0xff000000 | (r << 16) | (g << 8) | bl;
    }

    public static int withAlpha(int argb, double alpha) {
        return ((int) Math.round(alpha * 255) << 24) | (argb & 0xffffff);
    }

    public int background() {
        return background;
    }

    public int text() {
        return text;
    }

    public int mutedText() {
        return mutedText;
    }

    public int frame() {
        return frame;
    }

    public int accent() {
        return accent;
    }

    private static int argb(java.awt.Color c) {
        return 0xff000000 | (c.getRGB() & 0xffffff);
    }
}

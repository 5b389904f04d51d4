package io.sparkworkbench.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class ChartThemeTest {

    @Test
    void darkThemeRecoloursBackgroundAxesAndLegend() {
        JFreeChart chart = WorkbenchCharts.monthlyLineChart("Revenue", "Revenue", ValueFormat.CURRENCY,
                WorkbenchChartsTest.monthlyRevenue()).chart();

        ChartTheme.DARK.apply(chart);

        XYPlot plot = chart.getXYPlot();
        assertThat(chart.getBackgroundPaint()).isEqualTo(new Color(0x0d1117));
        assertThat(plot.getBackgroundPaint()).isEqualTo(new Color(0x0d1117));
        assertThat(chart.getTitle().getPaint()).isEqualTo(ChartTheme.DARK.text());
        assertThat(plot.getRangeAxis().getLabelPaint()).isEqualTo(ChartTheme.DARK.text());
        assertThat(chart.getLegend().getItemPaint()).isEqualTo(ChartTheme.DARK.text());
        assertThat(plot.getRenderer().getSeriesPaint(0)).isEqualTo(ChartTheme.DARK.seriesColor(0));

        ChartTheme.LIGHT.apply(chart);

        assertThat(chart.getBackgroundPaint()).isEqualTo(Color.WHITE);
        assertThat(chart.getLegend().getItemPaint()).isEqualTo(ChartTheme.LIGHT.text());
    }

    @Test
    void textAndSeriesStayReadableOnBothBackgrounds() {
        for (ChartTheme theme : ChartTheme.values()) {
            // WCAG: 4.5:1 for text, 3:1 for graphical objects such as lines.
            assertThat(contrast(theme.text(), theme.background())).as("%s text", theme).isGreaterThan(4.5);
            for (int i = 0; i < 8; i++) {
                assertThat(contrast(theme.seriesColor(i), theme.background()))
                        .as("%s series %d", theme, i).isGreaterThan(3.0);
            }
        }
    }

    @Test
    void paletteHasEightDistinctColoursThenRepeats() {
        assertThat(java.util.stream.IntStream.range(0, 8).mapToObj(ChartTheme.LIGHT::seriesColor).distinct())
                .hasSize(8);
        assertThat(ChartTheme.DARK.seriesColor(8)).isEqualTo(ChartTheme.DARK.seriesColor(0));
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double s = value / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}

package io.sparkworkbench.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * Colours and fonts that keep a JFreeChart readable on the app's AtlantaFX Primer light and dark
 * backgrounds. The series palettes are Primer's own accent scales: the dark one is lighter so lines
 * keep their contrast against near-black.
 */
public enum ChartTheme {
    LIGHT(new Color(0xffffff), new Color(0x1f2328), new Color(0x59636e), new Color(0xd1d9e0), new Color(0x818b98),
            new Color[]{new Color(0x0969da), new Color(0xcf222e), new Color(0x1a7f37), new Color(0x8250df),
                new Color(0xbc4c00), new Color(0x1b7c83), new Color(0xbf3989), new Color(0x9a6700)}),
    DARK(new Color(0x0d1117), new Color(0xe6edf3), new Color(0x9198a1), new Color(0x2a313c), new Color(0x656c76),
            new Color[]{new Color(0x58a6ff), new Color(0xff7b72), new Color(0x3fb950), new Color(0xd2a8ff),
                new Color(0xffa657), new Color(0x39c5cf), new Color(0xf778ba), new Color(0xe3b341)});

    private static final String FONT_FAMILY = Font.SANS_SERIF;
    private static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 15);
    private static final Font LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);
    private static final Font TICK_FONT = new Font(FONT_FAMILY, Font.PLAIN, 11);
    private static final BasicStroke SERIES_STROKE = new BasicStroke(2f);

    private final Color background;
    private final Color text;
    private final Color mutedText;
    private final Color grid;
    private final Color axisLine;
    private final Color[] palette;

    ChartTheme(Color background, Color text, Color mutedText, Color grid, Color axisLine, Color[] palette) {
        this.background = background;
        this.text = text;
        this.mutedText = mutedText;
        this.grid = grid;
        this.axisLine = axisLine;
        this.palette = palette;
    }

    public static ChartTheme of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    public Color background() {
        return background;
    }

    public Color text() {
        return text;
    }

    /** Colour of the n-th series; repeats after the palette's eight colours. */
    public Color seriesColor(int index) {
        return palette[Math.floorMod(index, palette.length)];
    }

    /** Recolours the chart in place (the chart redraws itself through its change events). */
    public void apply(JFreeChart chart) {
        chart.setBackgroundPaint(background);
        chart.setBorderVisible(false);
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(text);
            chart.getTitle().setFont(TITLE_FONT);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            styleSubtitle(chart.getSubtitle(i));
        }
        stylePlot(chart.getPlot());
    }

    private void styleSubtitle(Title title) {
        if (title instanceof LegendTitle legend) {
            legend.setBackgroundPaint(background);
            legend.setItemPaint(text);
            legend.setItemFont(LABEL_FONT);
            legend.setFrame(BlockBorder.NONE);
        } else if (title instanceof TextTitle textTitle) {
            textTitle.setPaint(mutedText);
        }
    }

    private void stylePlot(Plot plot) {
        plot.setBackgroundPaint(background);
        plot.setOutlinePaint(grid);
        if (plot instanceof XYPlot xy) {
            styleXYPlot(xy);
        } else if (plot instanceof CategoryPlot category) {
            styleCategoryPlot(category);
        }
    }

    private void styleXYPlot(XYPlot plot) {
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            styleAxis(plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            styleAxis(plot.getRangeAxis(i));
        }
        int series = 0;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYItemRenderer renderer = plot.getRenderer(d);
            if (renderer == null || plot.getDataset(d) == null) {
                continue;
            }
            for (int s = 0; s < plot.getDataset(d).getSeriesCount(); s++) {
                renderer.setSeriesPaint(s, seriesColor(series++), false);
                renderer.setSeriesStroke(s, SERIES_STROKE, false);
            }
        }
        plot.setNotify(true);
    }

    private void styleCategoryPlot(CategoryPlot plot) {
        plot.setRangeGridlinePaint(grid);
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            styleAxis(plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            styleAxis(plot.getRangeAxis(i));
        }
        int series = 0;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            CategoryItemRenderer renderer = plot.getRenderer(d);
            if (renderer == null || plot.getDataset(d) == null) {
                continue;
            }
            for (int s = 0; s < plot.getDataset(d).getRowCount(); s++) {
                renderer.setSeriesPaint(s, seriesColor(series++), false);
            }
        }
        plot.setNotify(true);
    }

    private void styleAxis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelPaint(text);
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelPaint(mutedText);
        axis.setTickLabelFont(TICK_FONT);
        axis.setAxisLinePaint(axisLine);
        axis.setTickMarkPaint(axisLine);
    }
}

package io.sparkworkbench.report;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Draws the report's charts as inline SVG elements, with AWT only (headless works). */
final class ChartImages {

    static final int WIDE_WIDTH = 960;
    static final int WIDTH = 620;
    static final int HEIGHT = 380;

    private ChartImages() {
    }

    /**
     * The chart as an {@code <svg>} element that scales with the page (a view box, no fixed size). {@code prefix}
     * keeps the clip-path ids of two charts on one page apart, and fixed rather than JFreeSVG's time-based default.
     */
    static String svg(JFreeChart chart, boolean wide, String prefix) {
        int width = wide ? WIDE_WIDTH : WIDTH;
        SVGGraphics2D g2 = new SVGGraphics2D(width, HEIGHT);
        g2.setDefsKeyPrefix(prefix);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, HEIGHT));
        return g2.getSVGElement(null, false, new ViewBox(0, 0, width, HEIGHT), null, null);
    }
}

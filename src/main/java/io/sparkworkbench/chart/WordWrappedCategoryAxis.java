package io.sparkworkbench.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A category axis whose labels break between words only ({@link LabelLines}), and whose labels under vertical bars
 * may use the whole distance to the next group but never reach into the neighbour's label ("Checkout" and "Bought"
 * ran together when a label could take 1.3 times its bars' width). Every label's tooltip is the full category.
 */
public class WordWrappedCategoryAxis extends CategoryAxis {

    /** Space kept clear between two neighbouring labels under vertical bars, in points. */
    private static final double LABEL_GAP = 4;
    /**
     * Beside horizontal bars JFreeChart offers a label the plot's whole width; this share of it leaves the bars room
     * and still holds "Northwind Sneakers 0034" on a dashboard cell; a longer label goes on two lines where they fit.
     */
    private static final double SIDE_LABEL_SHARE = 0.6;

    /** Distance between two groups' centres beside horizontal bars, measured as the ticks are laid out; NaN before. */
    private transient double sidePitch = Double.NaN;

    public WordWrappedCategoryAxis(String label) {
        super(label);
        // createLabel sizes labels itself (up to the next group, or a share of the plot), from the unscaled slot it is given.
        setMaximumCategoryLabelWidthRatio(1f);
    }

    /** Shows the full category on hover, also where its drawn label was shortened with "…". */
    public void addFullLabelToolTips(Collection<? extends Comparable<?>> categories) {
        categories.forEach(c -> addCategoryLabelToolTip(c, c.toString()));
    }

    @Override
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        Font font = getTickLabelFont(category);
        FontMetrics metrics = g2.getFontMetrics(font);
        double maxWidth = maxLabelWidth(width, edge);
        boolean beside = RectangleEdge.isLeftOrRight(edge) && !Double.isNaN(sidePitch);
        for (int lines = Math.max(1, getMaximumCategoryLabelLines()); ; lines--) {
            TextBlock block = block(category, font, LabelLines.wrap(category.toString(), maxWidth, lines,
                    s -> metrics.getStringBounds(s, g2).getWidth()));
            // Beside horizontal bars the lines of one label must not reach into the next one's.
            if (!beside || lines == 1 || block.calculateDimensions(g2).getHeight() <= sidePitch) {
                return block;
            }
        }
    }

    private TextBlock block(Comparable category, Font font, List<String> lines) {
        Paint paint = getTickLabelPaint(category);
        TextBlock block = new TextBlock();
        lines.forEach(line -> block.addLine(line, font, paint));
        return block;
    }

    /**
     * Beside horizontal bars, the distance between two groups bounds the lines of a label. Space is reserved before the
     * data area is known: the plot has already taken the value axis's share of the height, which leaves the data area's.
     */
    @Override
    public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge, AxisSpace space) {
        if (RectangleEdge.isLeftOrRight(edge) && space != null) {
            double height = Math.max(0, plotArea.getHeight() - space.getTop() - space.getBottom());
            sidePitch = sidePitch(new Rectangle2D.Double(plotArea.getX(), plotArea.getY(), plotArea.getWidth(), height), edge);
        }
        return super.reserveSpace(g2, plot, plotArea, edge, space);
    }

    @Override
    protected AxisState drawCategoryLabels(Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea, RectangleEdge edge,
                                           AxisState state, PlotRenderingInfo plotState) {
        if (RectangleEdge.isLeftOrRight(edge)) {
            sidePitch = sidePitch(dataArea, edge);
        }
        return super.drawCategoryLabels(g2, plotArea, dataArea, edge, state, plotState);
    }

    private double sidePitch(Rectangle2D dataArea, RectangleEdge edge) {
        return labelPitch(calculateCategorySize(categoryCount(), dataArea, edge));
    }

    /** Labels set upright under or beside bars get the sizes above; rotated ones (UP_45 …) keep what they are given. */
    private double maxLabelWidth(float width, RectangleEdge edge) {
        CategoryLabelPosition position = getCategoryLabelPositions().getLabelPosition(edge);
        if (position.getAngle() != 0) {
            return width;
        }
        if (RectangleEdge.isTopOrBottom(edge) && position.getWidthType() == CategoryLabelWidthType.CATEGORY) {
            float ratio = getMaximumCategoryLabelWidthRatio() > 0 ? getMaximumCategoryLabelWidthRatio() : position.getWidthRatio();
            return labelPitch(width / ratio) - LABEL_GAP;
        }
        return RectangleEdge.isLeftOrRight(edge) ? width * SIDE_LABEL_SHARE : width;
    }

    /**
     * From one group's bar width to the distance between two groups' centres: the bars' share of the axis is what
     * the margins leave, and the category margin is split between the gaps of {@code count} groups.
     */
    private double labelPitch(double barsWidth) {
        int count = categoryCount();
        if (count < 2) {
            return barsWidth / Math.max(0.01, 1 - getLowerMargin() - getUpperMargin());
        }
        double barsShare = 1 - getLowerMargin() - getUpperMargin() - getCategoryMargin();
        double gap = count * barsWidth * getCategoryMargin() / (barsShare * (count - 1));
        return barsWidth + gap;
    }

    private int categoryCount() {
        return getPlot() instanceof CategoryPlot plot ? plot.getCategoriesForAxis(this).size() : 1;
    }
}

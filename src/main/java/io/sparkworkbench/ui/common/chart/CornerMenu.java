package io.sparkworkbench.ui.common.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The compact chart's "⋯" menu in its top right corner, and the room the chart leaves for it: the title's row is
 * made as tall as the button and narrower by its width, so the button sits beside the title where nothing else is
 * drawn. Laid over the chart as it was, the button hid the top value-axis labels of horizontal bar charts and the
 * last points of line charts.
 */
final class CornerMenu extends HBox {

    private static final Insets MARGIN = new Insets(2, 2, 0, 0);
    /** Clear space between the button and the title text or the plot below it, in chart units (FX pixels). */
    private static final double GAP = 3;
    private static final FontRenderContext FONT_CONTEXT = new FontRenderContext(null, true, true);

    private final MenuButton button = new MenuButton("⋯");
    private JFreeChart chart;
    private RectangleInsets chartPadding;
    private RectangleInsets titlePadding;

    CornerMenu(Label status, List<MenuItem> items) {
        super(6, status);
        button.setId("chart-corner-menu");
        button.getStyleClass().add("small");
        button.getItems().addAll(items);
        button.setTooltip(new Tooltip("Reset zoom, export or copy this chart"));
        getChildren().add(button);
        setAlignment(Pos.TOP_RIGHT);
        setPickOnBounds(false);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.TOP_RIGHT);
        StackPane.setMargin(this, MARGIN);
        // Its size is known only once styled and laid out, and changes with the font or the theme's padding.
        button.layoutBoundsProperty().addListener((obs, old, bounds) -> makeRoom());
    }

    /** Leaves room in {@code next} (null for none) and gives the previous chart its own padding back. */
    void attach(JFreeChart next) {
        if (next == chart) {
            return;
        }
        detach();
        chart = next;
        if (chart != null) {
            chartPadding = chart.getPadding();
            titlePadding = chart.getTitle() == null ? null : chart.getTitle().getPadding();
            makeRoom();
        }
    }

    /** Gives the chart shown its own padding back, e.g. when the chart leaves compact mode. */
    void detach() {
        if (chart != null) {
            chart.setPadding(chartPadding);
            if (titlePadding != null && chart.getTitle() != null) {
                chart.getTitle().setPadding(titlePadding);
                chart.fireChartChanged();
            }
        }
        chart = null;
    }

    MenuButton button() {
        return button;
    }

    private void makeRoom() {
        double width = button.getLayoutBounds().getWidth();
        double height = button.getLayoutBounds().getHeight();
        if (chart == null || width <= 0 || height <= 0) {
            return;
        }
        double buttonBottom = MARGIN.getTop() + height + GAP;
        TextTitle title = chart.getTitle();
        if (title == null || !title.isVisible() || titlePadding == null) {
            double top = Math.max(chartPadding.getTop(), buttonBottom);
            set(chart, new RectangleInsets(top, chartPadding.getLeft(), chartPadding.getBottom(), chartPadding.getRight()));
            return;
        }
        double rowTop = chartPadding.getTop();
        double textHeight = lineHeight(title.getFont());
        // Title text centred on the button's middle, and the row reaching below the button.
        double top = Math.max(titlePadding.getTop(), MARGIN.getTop() + height / 2 - rowTop - textHeight / 2);
        double bottom = Math.max(titlePadding.getBottom(), buttonBottom - rowTop - top - textHeight);
        // A title as wide as its row ends where the chart's own right padding begins; a shorter one is centred.
        double right = Math.max(titlePadding.getRight(), width + MARGIN.getRight() + GAP - chartPadding.getRight());
        RectangleInsets room = new RectangleInsets(top, titlePadding.getLeft(), bottom, right);
        if (!room.equals(title.getPadding())) {
            title.setPadding(room);
            // A block's padding fires no change event of its own: the canvas would keep the old layout.
            chart.fireChartChanged();
        }
    }

    private static void set(JFreeChart chart, RectangleInsets padding) {
        if (!padding.equals(chart.getPadding())) {
            chart.setPadding(padding);
        }
    }

    private static double lineHeight(Font font) {
        return font.getLineMetrics("Ag", FONT_CONTEXT).getHeight();
    }
}

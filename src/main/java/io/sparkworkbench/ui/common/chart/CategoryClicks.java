package io.sparkworkbench.ui.common.chart;

import java.util.function.Consumer;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.CategoryLabelEntity;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

/** Turns a click on a bar or on a category axis label into that category's key. */
final class CategoryClicks implements ChartMouseListenerFX {

    private final Consumer<String> clicked;

    CategoryClicks(Consumer<String> clicked) {
        this.clicked = clicked;
    }

    @Override
    public void chartMouseClicked(ChartMouseEventFX event) {
        if (event.getEntity() instanceof CategoryItemEntity item) {
            clicked.accept(String.valueOf(item.getColumnKey()));
        } else if (event.getEntity() instanceof CategoryLabelEntity label) {
            clicked.accept(String.valueOf(label.getKey()));
        }
    }

    @Override
    public void chartMouseMoved(ChartMouseEventFX event) {
    }
}

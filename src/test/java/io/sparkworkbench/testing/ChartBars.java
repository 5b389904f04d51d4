package io.sparkworkbench.testing;

import java.util.Optional;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.testfx.api.FxRobot;

/** Where a bar of a JFreeChart bar chart is on the screen, from the chart's own rendering info, so a test can click it. */
public final class ChartBars {

    private ChartBars() {
    }

    /** The screen centre of the bar of {@code category} (any bar when null) inside {@code chart}; empty when none is drawn. */
    public static Optional<Point2D> centre(FxRobot robot, Node chart, String category) {
        ChartViewer viewer = robot.from(chart).lookup((Predicate<Node>) n -> n instanceof ChartViewer).queryAs(ChartViewer.class);
        if (viewer == null || viewer.getCanvas().getRenderingInfo() == null) {
            return Optional.empty();
        }
        for (Object entity : viewer.getCanvas().getRenderingInfo().getEntityCollection().getEntities()) {
            if (entity instanceof CategoryItemEntity item && (category == null || item.getColumnKey().equals(category))) {
                java.awt.geom.Rectangle2D area = item.getArea().getBounds2D();
                return Optional.of(viewer.getCanvas().localToScreen(area.getCenterX(), area.getCenterY()));
            }
        }
        return Optional.empty();
    }
}

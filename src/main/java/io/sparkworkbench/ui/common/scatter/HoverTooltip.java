package io.sparkworkbench.ui.common.scatter;

import javafx.scene.control.Label;

/**
 * The hover text of a plot: a label laid over the canvas next to the cursor, kept inside the plot.
 * A label rather than a {@code Tooltip} popup: it follows the pointer at once, without a popup window
 * per point and without the tooltip's show delay.
 */
public final class HoverTooltip {

    private static final double OFFSET = 14;

    private final Label label = new Label();

    HoverTooltip() {
        this("scatter-tooltip");
    }

    /** @param id the label's node id, for tests and style sheets */
    public HoverTooltip(String id) {
        label.setManaged(false);
        label.setVisible(false);
        label.setMouseTransparent(true);
        label.setId(id);
        label.getStyleClass().add("scatter-tooltip");
    }

    public Label label() {
        return label;
    }

    public void setDark(boolean dark) {
        String bg = dark ? "#2a313c" : "#ffffff";
        String fg = dark ? "#e6edf3" : "#1f2328";
        String border = dark ? "#656c76" : "#818b98";
        label.setStyle("-fx-background-color: " + bg + "; -fx-text-fill: " + fg + "; -fx-border-color: " + border
                + "; -fx-padding: 4 6 4 6; -fx-font-size: 12px;");
    }

    public void show(String text, double sx, double sy, double width, double height) {
        label.setText(text);
        label.setVisible(true);
        place(sx, sy, width, height);
    }

    /** Below right of the cursor, or on the other side where it would leave the plot. */
    public void place(double sx, double sy, double width, double height) {
        label.autosize();
        double w = label.prefWidth(-1);
        double h = label.prefHeight(w);
        double x = sx + OFFSET + w > width ? sx - 10 - w : sx + OFFSET;
        double y = sy + OFFSET + h > height ? sy - 10 - h : sy + OFFSET;
        label.relocate(Math.max(0, x), Math.max(0, y));
    }

    public void hide() {
        label.setVisible(false);
    }

    /** The text shown, or "" when hidden. */
    public String shown() {
        return label.isVisible() ? label.getText() : "";
    }
}

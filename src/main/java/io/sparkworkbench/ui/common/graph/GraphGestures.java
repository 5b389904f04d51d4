package io.sparkworkbench.ui.common.graph;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Mouse and keyboard on a {@link GraphView}: the wheel zooms about the cursor; dragging the background
 * pans, dragging a node moves it; a click on a node selects it, on the background clears the selection;
 * double-click on the background fits the graph to the view; Escape clears the selection; the context
 * menu fits, clears and exports.
 */
final class GraphGestures {

    /** A press that moves less than this is a click, not a drag. */
    private static final double CLICK_SLOP_PX = 3;

    private final GraphView view;
    private int draggedNode = -1;
    private boolean panning;
    private boolean moved;
    private double startX;
    private double startY;
    private double lastX;
    private double lastY;

    private GraphGestures(GraphView view) {
        this.view = view;
    }

    static void install(GraphView view) {
        GraphGestures g = new GraphGestures(view);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, g::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, g::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, g::released);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, e -> view.hover(e.getX(), e.getY()));
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> view.hideTooltip());
        view.addEventHandler(ScrollEvent.SCROLL, g::scrolled);
        view.addEventHandler(KeyEvent.KEY_PRESSED, g::key);
        ContextMenu menu = new ContextMenu(item("Fit to view", "graph-menu-fit", view::fitToView),
                item("Clear selection", "graph-menu-clear", view::clearSelection), new SeparatorMenuItem(),
                item("Export PNG…", "graph-menu-export-png", view::exportPng),
                item("Export SVG…", "graph-menu-export-svg", view::exportSvg));
        view.setOnContextMenuRequested(e -> menu.show(view, e.getScreenX(), e.getScreenY()));
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        if (e.getButton() != MouseButton.PRIMARY && e.getButton() != MouseButton.MIDDLE) {
            return;
        }
        view.hideTooltip();
        startX = lastX = e.getX();
        startY = lastY = e.getY();
        moved = false;
        int node = e.getButton() == MouseButton.PRIMARY ? view.nodeAt(e.getX(), e.getY()) : -1;
        if (node < 0 && e.getButton() == MouseButton.PRIMARY && e.getClickCount() >= 2) {
            view.fitToView();
            panning = false;
            draggedNode = -1;
            e.consume();
            return;
        }
        draggedNode = node;
        panning = node < 0;
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (!moved && Math.hypot(e.getX() - startX, e.getY() - startY) < CLICK_SLOP_PX) {
            return;
        }
        moved = true;
        if (draggedNode >= 0) {
            view.dragNodeTo(draggedNode, e.getX(), e.getY());
        } else if (panning) {
            view.panBy(e.getX() - lastX, e.getY() - lastY);
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private void released(MouseEvent e) {
        if (draggedNode >= 0) {
            view.releaseNode(draggedNode);
            if (!moved) {
                view.select(draggedNode);
            }
        } else if (panning && !moved && e.getButton() == MouseButton.PRIMARY) {
            view.clearSelection();
        }
        draggedNode = -1;
        panning = false;
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        view.zoomAbout(e.getX(), e.getY(), Math.pow(1.0015, e.getDeltaY()));
        e.consume();
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            view.clearSelection();
            e.consume();
        }
    }
}

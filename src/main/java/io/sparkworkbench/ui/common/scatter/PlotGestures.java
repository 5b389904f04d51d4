package io.sparkworkbench.ui.common.scatter;

import java.util.Arrays;
import javafx.beans.property.ObjectProperty;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Mouse and keyboard on a {@link ScatterCanvas}: wheel zooms about the cursor; a left-drag pans, draws
 * a rectangle or a lasso depending on the mode (Shift-drag is always a rectangle, Alt-drag a lasso,
 * middle-drag always pans); a click on a legend entry shows or hides that group; double-click resets
 * the view; Escape clears the selection (or abandons the drag); arrows pan and +/- zoom.
 */
final class PlotGestures {

    /** A click that moves less than this is a click, not a selection. */
    private static final double CLICK_SLOP_PX = 3;
    /** Lasso vertices closer than this are merged: a long stroke stays a polygon of modest size. */
    private static final double LASSO_STEP_PX = 2;
    private static final double KEY_PAN_PX = 40;

    private enum Drag { NONE, PAN, RECTANGLE, LASSO }

    private final ScatterCanvas canvas;
    private final ObjectProperty<SelectionMode> mode;
    private Drag drag = Drag.NONE;
    private double startX;
    private double startY;
    private double lastX;
    private double lastY;
    private double[] lassoX = new double[64];
    private double[] lassoY = new double[64];
    private int lassoSize;

    private PlotGestures(ScatterCanvas canvas, ObjectProperty<SelectionMode> mode) {
        this.canvas = canvas;
        this.mode = mode;
    }

    static void install(ScatterCanvas canvas, ObjectProperty<SelectionMode> mode) {
        PlotGestures gestures = new PlotGestures(canvas, mode);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, gestures::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, gestures::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, gestures::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> canvas.hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> canvas.hideTooltip());
        canvas.addEventHandler(ScrollEvent.SCROLL, gestures::scrolled);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, gestures::key);
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        if (e.getButton() == MouseButton.SECONDARY) {
            return;
        }
        canvas.hideTooltip();
        // The legend first: two quick clicks on an entry are two toggles, not a double-click reset.
        int legendGroup = canvas.layoutNow().legendGroupAt(e.getX(), e.getY());
        if (e.getButton() == MouseButton.PRIMARY && legendGroup >= 0) {
            canvas.setGroupVisible(legendGroup, !canvas.isGroupVisible(legendGroup));
            drag = Drag.NONE;
            e.consume();
            return;
        }
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() >= 2) {
            drag = Drag.NONE;
            canvas.clearOverlay();
            canvas.resetView();
            e.consume();
            return;
        }
        drag = chooseDrag(e);
        startX = lastX = e.getX();
        startY = lastY = e.getY();
        lassoSize = 0;
        if (drag == Drag.LASSO) {
            addLassoVertex(e.getX(), e.getY());
        }
        e.consume();
    }

    private Drag chooseDrag(MouseEvent e) {
        if (e.getButton() == MouseButton.MIDDLE) {
            return Drag.PAN;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return Drag.NONE;
        }
        if (e.isShiftDown()) {
            return Drag.RECTANGLE;
        }
        if (e.isAltDown()) {
            return Drag.LASSO;
        }
        return switch (mode.get()) {
            case PAN -> Drag.PAN;
            case RECTANGLE -> Drag.RECTANGLE;
            case LASSO -> Drag.LASSO;
        };
    }

    private void dragged(MouseEvent e) {
        switch (drag) {
            case PAN -> canvas.panBy(e.getX() - lastX, e.getY() - lastY);
            case RECTANGLE -> canvas.setOverlay(new double[]{startX, e.getX()}, new double[]{startY, e.getY()}, true);
            case LASSO -> {
                if (Math.hypot(e.getX() - lassoX[lassoSize - 1], e.getY() - lassoY[lassoSize - 1]) >= LASSO_STEP_PX) {
                    addLassoVertex(e.getX(), e.getY());
                    canvas.setOverlay(Arrays.copyOf(lassoX, lassoSize), Arrays.copyOf(lassoY, lassoSize), false);
                }
            }
            case NONE -> {
                return;
            }
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private void released(MouseEvent e) {
        Drag finished = drag;
        drag = Drag.NONE;
        canvas.clearOverlay();
        boolean click = Math.hypot(e.getX() - startX, e.getY() - startY) < CLICK_SLOP_PX;
        ViewTransform view = canvas.view();
        if (finished == Drag.RECTANGLE) {
            if (click) {
                canvas.clearSelection();
            } else {
                canvas.selectInRectangle(view.dataX(startX), view.dataY(startY), view.dataX(e.getX()),
                        view.dataY(e.getY()));
            }
        } else if (finished == Drag.LASSO) {
            addLassoVertex(e.getX(), e.getY());
            if (click || lassoSize < 3) {
                canvas.clearSelection();
            } else {
                double[] xs = new double[lassoSize];
                double[] ys = new double[lassoSize];
                for (int k = 0; k < lassoSize; k++) {
                    xs[k] = view.dataX(lassoX[k]);
                    ys[k] = view.dataY(lassoY[k]);
                }
                canvas.selectInPolygon(xs, ys);
            }
        }
        if (finished != Drag.NONE) {
            e.consume();
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        canvas.zoomAbout(e.getX(), e.getY(), Math.pow(1.002, e.getDeltaY()));
        e.consume();
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case ESCAPE -> {
                if (drag == Drag.RECTANGLE || drag == Drag.LASSO) {
                    drag = Drag.NONE;
                    canvas.clearOverlay();
                } else {
                    canvas.clearSelection();
                }
            }
            case LEFT -> canvas.panBy(KEY_PAN_PX, 0);
            case RIGHT -> canvas.panBy(-KEY_PAN_PX, 0);
            case UP -> canvas.panBy(0, KEY_PAN_PX);
            case DOWN -> canvas.panBy(0, -KEY_PAN_PX);
            case PLUS, ADD, EQUALS -> zoomCentre(1.25);
            case MINUS, SUBTRACT -> zoomCentre(1 / 1.25);
            case DIGIT0, NUMPAD0 -> canvas.resetView();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void zoomCentre(double factor) {
        ViewTransform view = canvas.view();
        canvas.zoomAbout(view.left() + view.width() / 2, view.top() + view.height() / 2, factor);
    }

    private void addLassoVertex(double x, double y) {
        if (lassoSize == lassoX.length) {
            lassoX = Arrays.copyOf(lassoX, lassoSize * 2);
            lassoY = Arrays.copyOf(lassoY, lassoSize * 2);
        }
        lassoX[lassoSize] = x;
        lassoY[lassoSize] = y;
        lassoSize++;
    }
}

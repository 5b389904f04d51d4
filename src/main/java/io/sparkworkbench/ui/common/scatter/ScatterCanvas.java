package io.sparkworkbench.ui.common.scatter;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * The drawing area of a {@link ScatterPlot}: one canvas, redrawn at most once per pulse and only after
 * something changed (a dirty flag and an AnimationTimer that runs only while a frame is owed). Holds
 * the view, the hidden groups, the selection and the hover tooltip. JavaFX thread only.
 */
final class ScatterCanvas extends Region {

    static final double HOVER_RADIUS_PX = 6;
    private static final double HOME_PADDING = 0.04;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Canvas canvas = new Canvas();
    private final CanvasSurface surface = new CanvasSurface();
    private final HoverTooltip tooltip = new HoverTooltip();
    private final ReadOnlyObjectWrapper<ScatterSelection> selection = new ReadOnlyObjectWrapper<>(ScatterSelection.none());
    /** How long the pulse timer keeps running after the last frame drawn, so that a gesture's frames follow each other. */
    private static final long IDLE_BEFORE_STOP_NANOS = 500_000_000L;
    private long lastDrawNanos;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (dirty) {
                draw(now);
                lastDrawNanos = now;
            } else if (now - lastDrawNanos > IDLE_BEFORE_STOP_NANOS) {
                // Not after every frame: a timer started again from an event is first called a pulse later,
                // so a pan drew every other pulse (30 fps at best).
                stop();
            }
        }
    };
    private ScatterData data = ScatterData.empty();
    private ScatterStyle style = ScatterStyle.LIGHT;
    private PointDrawing pointDrawing = PointDrawing.RASTER;
    private ViewTransform view;
    private boolean homeView = true;
    private boolean[] hidden = new boolean[0];
    private boolean[] selectedMask;
    private ScatterLayout layout;
    private boolean dirty = true;
    private Function<Integer, String> tooltipText = this::defaultTooltip;
    private Consumer<FrameTiming> frameListener;
    private int hovered = -1;
    private double[] overlayX = new double[0];
    private double[] overlayY = new double[0];
    private boolean overlayIsRectangle;

    ScatterCanvas() {
        getChildren().addAll(canvas, tooltip.label());
        tooltip.setDark(false);
        setFocusTraversable(true);
        setMinSize(0, 0);
        setPrefSize(640, 420);
    }

    // ---- state -------------------------------------------------------------------------------------

    void setData(ScatterData data) {
        this.data = data == null ? ScatterData.empty() : data;
        hidden = new boolean[this.data.groupCount()];
        homeView = true;
        // The view is fitted to the data now, not at the next frame: a drag or hover before it must not map the
        // mouse with the previous data's view.
        layout = null;
        hovered = -1;
        hideTooltip();
        setSelection(new int[0]);
    }

    ScatterData data() {
        return data;
    }

    void setStyle(ScatterStyle style) {
        this.style = style;
        tooltip.setDark(style.isDark());
        invalidate();
    }

    ScatterStyle style() {
        return style;
    }

    void setPointDrawing(PointDrawing drawing) {
        this.pointDrawing = drawing;
        invalidate();
    }

    void setTooltipText(Function<Integer, String> text) {
        this.tooltipText = text == null ? this::defaultTooltip : text;
    }

    void setFrameListener(Consumer<FrameTiming> listener) {
        this.frameListener = listener;
    }

    ReadOnlyObjectProperty<ScatterSelection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    boolean isGroupVisible(int group) {
        return group >= 0 && group < hidden.length && !hidden[group];
    }

    /** Hiding a group also drops its points from the selection: what is not shown is not selected. */
    void setGroupVisible(int group, boolean visible) {
        if (group < 0 || group >= hidden.length || hidden[group] == !visible) {
            return;
        }
        hidden[group] = !visible;
        if (!visible && !selection.get().isEmpty()) {
            ScatterSelection current = selection.get();
            int[] kept = new int[current.size()];
            int n = 0;
            for (int k = 0; k < current.size(); k++) {
                if (data.group(current.index(k)) != group) {
                    kept[n++] = current.index(k);
                }
            }
            setSelection(java.util.Arrays.copyOf(kept, n));
        }
        if (hovered >= 0 && data.group(hovered) == group) {
            hideTooltip();
        }
        invalidate();
    }

    /** The view, fitted to the current size (the home view until the user zooms or pans). */
    ViewTransform view() {
        ensureLayout();
        return view;
    }

    ScatterLayout layoutNow() {
        ensureLayout();
        return layout;
    }

    void resetView() {
        homeView = true;
        layout = null;
        invalidate();
    }

    void panBy(double dx, double dy) {
        setView(view().panByPixels(dx, dy));
    }

    void zoomAbout(double sx, double sy, double factor) {
        setView(view().zoomAbout(sx, sy, factor));
    }

    private void setView(ViewTransform next) {
        view = next;
        homeView = false;
        invalidate();
    }

    // ---- selection and hover ----------------------------------------------------------------------

    void selectInRectangle(double x0, double y0, double x1, double y1) {
        setSelection(data.grid().inRectangle(x0, y0, x1, y1, this::isShown));
    }

    void selectInPolygon(double[] xs, double[] ys) {
        setSelection(data.grid().inPolygon(xs, ys, this::isShown));
    }

    void clearSelection() {
        setSelection(new int[0]);
    }

    /** Selects every point of {@code group}, shown again first if it was hidden; false if the data has no such group. */
    boolean selectGroup(int group) {
        if (group < 0 || group >= data.groupCount()) {
            return false;
        }
        if (!isGroupVisible(group)) {
            setGroupVisible(group, true);
        }
        int count = 0;
        for (int i = 0; i < data.size(); i++) {
            if (data.group(i) == group) {
                count++;
            }
        }
        int[] indices = new int[count];
        for (int i = 0, k = 0; i < data.size(); i++) {
            if (data.group(i) == group) {
                indices[k++] = i;
            }
        }
        setSelection(indices);
        return true;
    }

    private void setSelection(int[] indices) {
        if (indices.length == 0) {
            selectedMask = null;
        } else {
            selectedMask = new boolean[data.size()];
            for (int i : indices) {
                selectedMask[i] = true;
            }
        }
        selection.set(ScatterSelection.of(data, indices));
        invalidate();
    }

    /** The shown point nearest to the screen position within the hover radius, or -1. */
    int pointNear(double sx, double sy) {
        ViewTransform v = view();
        if (!v.containsScreen(sx, sy)) {
            return -1;
        }
        return data.grid().nearest(v.dataX(sx), v.dataY(sy), v.pxPerX(), v.pxPerY(), HOVER_RADIUS_PX, this::isShown);
    }

    void hover(double sx, double sy) {
        int index = pointNear(sx, sy);
        if (index == hovered) {
            if (index >= 0) {
                tooltip.place(sx, sy, getWidth(), getHeight());
            }
            return;
        }
        hovered = index;
        if (index < 0) {
            hideTooltip();
        } else {
            tooltip.show(tooltipText.apply(index), sx, sy, getWidth(), getHeight());
        }
        invalidate();
    }

    void hideTooltip() {
        tooltip.hide();
        if (hovered >= 0) {
            hovered = -1;
            invalidate();
        }
    }

    String tooltipShown() {
        return tooltip.shown();
    }

    /** The rubber band (two corners) or lasso (its vertices) being drawn, in screen coordinates. */
    void setOverlay(double[] xs, double[] ys, boolean rectangle) {
        overlayX = xs;
        overlayY = ys;
        overlayIsRectangle = rectangle;
        invalidate();
    }

    void clearOverlay() {
        setOverlay(new double[0], new double[0], false);
    }

    PlotState snapshotState() {
        return state().copy();
    }

    // ---- drawing ----------------------------------------------------------------------------------

    void invalidate() {
        dirty = true;
        pulse.start();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            layout = null;
            invalidate();
        }
        tooltip.label().autosize();
    }

    /** Draws now if a frame is owed; the pulse does this on its own, tests and snapshots call it. */
    void drawIfDirty() {
        if (dirty) {
            draw(System.nanoTime());
        }
    }

    private void draw(long pulseNanos) {
        long cpu0 = frameListener == null ? 0 : THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        dirty = false;
        layout = null;
        ensureLayout();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        surface.use(gc, pointDrawing);
        surface.beginFrame(canvas.getWidth(), canvas.getHeight());
        ScatterPainter.paint(surface, state(), layout);
        SelectionOverlay.paint(gc, style, hovered < 0 ? null : new double[]{view.screenX(data.x(hovered)),
                view.screenY(data.y(hovered))}, overlayX, overlayY, overlayIsRectangle);
        if (frameListener != null) {
            frameListener.accept(new FrameTiming(pulseNanos, System.nanoTime() - t0,
                    THREADS.getCurrentThreadCpuTime() - cpu0));
        }
    }

    private void ensureLayout() {
        if (layout != null && view != null) {
            return;
        }
        double w = Math.max(1, canvas.getWidth());
        double h = Math.max(1, canvas.getHeight());
        ViewTransform window = homeView || view == null
                ? ViewTransform.fit(data.bounds(), HOME_PADDING, 0, 0, w, h) : view;
        surface.use(canvas.getGraphicsContext2D(), pointDrawing);
        layout = ScatterLayout.compute(w, h, data, window, surface);
        view = window.withArea(layout.plotLeft(), layout.plotTop(), layout.plotWidth(), layout.plotHeight());
    }

    private PlotState state() {
        ensureLayout();
        return new PlotState(data, view, hidden, selectedMask, style);
    }

    private boolean isShown(int index) {
        int g = data.group(index);
        return g >= hidden.length || !hidden[g];
    }

    private String defaultTooltip(int index) {
        String group = data.groupCount() > 0 ? data.groupName(data.group(index)) : "";
        return "id " + data.id(index) + (group.isEmpty() ? "" : "\n" + group);
    }
}

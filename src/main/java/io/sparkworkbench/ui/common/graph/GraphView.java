package io.sparkworkbench.ui.common.graph;

import io.sparkworkbench.ui.common.chart.ExportDialogs;
import io.sparkworkbench.ui.common.chart.ExportExecutor;
import io.sparkworkbench.ui.common.chart.ExportFormat;
import io.sparkworkbench.ui.common.chart.FxExportDialogs;
import io.sparkworkbench.ui.common.chart.ImageSize;
import io.sparkworkbench.ui.common.scatter.CanvasSurface;
import io.sparkworkbench.ui.common.scatter.FrameTiming;
import io.sparkworkbench.ui.common.scatter.HoverTooltip;
import io.sparkworkbench.ui.common.scatter.PlotExportActions;
import io.sparkworkbench.ui.common.scatter.PointDrawing;
import io.sparkworkbench.ui.common.scatter.ScatterStyle;
import io.sparkworkbench.ui.common.scatter.ViewTransform;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * A graph of up to tens of thousands of nodes on one canvas: edges, nodes sized by a metric and coloured
 * by group with a legend, labels for the largest nodes only (bounded), zoom (wheel), pan (drag the
 * background), drag a node, hover tooltip, click to select a node and highlight its neighbours, search,
 * fit to view, export to PNG and SVG, and a force-directed layout running on its own thread
 * ({@link LayoutRunner}) whose positions are swapped in at most once per pulse. The frame is redrawn at
 * most once per pulse and only when something changed. No disk access here: the caller saves and loads
 * {@link #layoutPositions()} through {@link GraphLayoutFile} on a background thread. JavaFX thread only.
 */
public class GraphView extends Region {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final double FIT_PADDING = 0.05;
    static final double HIT_SLOP_PX = 3;
    /** While the view moves, a frame draws at most about this many edges (a sample), and says so. */
    static final int MOVING_EDGE_BUDGET = 40_000;
    /** The full picture comes back this long after the last movement. */
    private static final long FULL_DETAIL_AFTER_NANOS = 150_000_000L;

    private final Canvas canvas = new Canvas();
    private final CanvasSurface surface = new CanvasSurface();
    private final EdgeLayer edgeLayer = new EdgeLayer();
    private final HoverTooltip tooltip = new HoverTooltip("graph-tooltip");
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final StringProperty note = new SimpleStringProperty("");
    private final GraphLayoutFeed layout = new GraphLayoutFeed();
    private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper("");
    private final PlotExportActions exports;
    /** How long the pulse timer keeps running after the last frame drawn, so that a gesture's frames follow each other. */
    private static final long IDLE_BEFORE_STOP_NANOS = 500_000_000L;
    private long lastDrawNanos;
        private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            onPulse(now);
        }
    };
    private final NodePositions positions = new NodePositions();
    private GraphData data = GraphData.empty();
    private float[] radius = new float[0];
    private double[] labelWidths = new double[0];
    private boolean[] highlighted;
    private int hovered = -1;
    private ViewTransform view;
    private boolean homeView = true;
    private ScatterStyle style = ScatterStyle.LIGHT;
    private long lastMoveNanos = Long.MIN_VALUE / 2;
    private boolean sampledLastFrame;
    private boolean dirty = true;
    private IntFunction<String> tooltipText = this::defaultTooltip;
    private Consumer<FrameTiming> frameListener;
    private GraphPainter.Painted lastPainted = new GraphPainter.Painted(0, 0);
    private String exportName = "graph";
    private boolean levelOfDetail = true;

    public GraphView() {
        this(ExportExecutor.shared());
    }

    /** @param io where exports are drawn and written; never the JavaFX thread */
    public GraphView(Executor io) {
        getChildren().addAll(canvas, tooltip.label());
        tooltip.setDark(false);
        setFocusTraversable(true);
        setMinSize(0, 0);
        setPrefSize(800, 560);
        getStyleClass().add("graph-view");
        exports = new PlotExportActions("graph", this::shownForExport, this::shownSize, () -> exportName, io,
                new FxExportDialogs(this), exportStatus::set);
        note.addListener((obs, old, now) -> invalidate());
        GraphGestures.install(this);
    }

    // ---- data and layout --------------------------------------------------------------------------

    /** Shows a graph at seeded start positions (no layout running); build it off the FX thread. */
    public void setGraph(GraphData graph) {
        setGraph(graph, null);
    }

    /**
     * Shows a graph at saved positions (read off the FX thread with {@link GraphLayoutFile}); nodes the
     * file does not know start next to a placed neighbour. {@code saved} may be null.
     */
    public void setGraph(GraphData graph, LayoutPositions saved) {
        data = graph == null ? GraphData.empty() : graph;
        radius = NodeRadii.of(data);
        labelWidths = new double[data.nodeCount()];
        Arrays.fill(labelWidths, -1);
        float[][] start = saved == null ? null : saved.forGraph(data);
        ForceLayout initial = new ForceLayout(data, layout.settings(), start == null ? null : start[0],
                start == null ? null : start[1]);
        positions.set(initial.positions(), saved == null || saved.matching(data) == 0);
        highlighted = null;
        selected.set(-1);
        hovered = -1;
        tooltip.hide();
        homeView = true;
        layout.reset(saved == null ? "" : String.format(Locale.ROOT, "Layout restored: %,d of %,d nodes placed",
                saved.matching(data), data.nodeCount()));
        invalidate();
    }

    public GraphData getGraph() {
        return data;
    }

    /** Seed, step cap, tolerance, θ and gravity of the next layout run. */
    public void setLayoutSettings(ForceLayout.Settings settings) {
        layout.setSettings(settings);
    }

    /** Starts the force layout from the positions shown (from the seeded start when none was laid out yet). */
    public void startLayout() {
        layout.start(data, positions);
        pulse.start();
    }

    public void pauseLayout() {
        layout.pause();
        pulse.start();
    }

    public void resumeLayout() {
        layout.resume();
        pulse.start();
    }

    /** Asks a running layout to stop; its thread ends after the step in progress, its last positions stay. */
    public void stopLayout() {
        layout.stop();
        pulse.start();
    }

    /** "Layout settled after 412 steps, 6.1 s", "Layout running: step 80", "" before any layout. */
    public ReadOnlyStringProperty layoutStatusProperty() {
        return layout.statusProperty();
    }

    /** The state of the last layout run, null before any. */
    public ReadOnlyObjectProperty<LayoutRunner.State> layoutStateProperty() {
        return layout.stateProperty();
    }

    LayoutRunner layoutRunner() {
        return layout.runner();
    }

    /** A copy of the shown positions keyed by node id, to save (off the FX thread) with {@link GraphLayoutFile}. */
    public LayoutPositions layoutPositions() {
        long[] ids = new long[data.nodeCount()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = data.id(i);
        }
        return new LayoutPositions(ids, positions.x().clone(), positions.y().clone());
    }

    /** A node's position in layout coordinates. */
    public Point2D nodePosition(int node) {
        return new Point2D(positions.x()[node], positions.y()[node]);
    }

    /** Where a node is drawn, in this view's local coordinates. */
    public Point2D nodeOnScreen(int node) {
        ViewTransform v = view();
        return new Point2D(v.screenX(positions.x()[node]), v.screenY(positions.y()[node]));
    }

    private void onPulse(long now) {
        if (layout.poll(positions)) {
            if (homeView) {
                view = null;
            }
            dirty = true;
        }
        if (sampledLastFrame && now - lastMoveNanos >= FULL_DETAIL_AFTER_NANOS) {
            dirty = true;
        }
        if (dirty) {
            draw(now);
            lastDrawNanos = now;
        }
        // Stopped only after a quiet spell: a timer started again from an event is first called a pulse
        // later, so stopping after every frame of a pan drew every other pulse (30 fps at best).
        if (!layout.needsPolling() && !dirty && !sampledLastFrame && now - lastDrawNanos > IDLE_BEFORE_STOP_NANOS) {
            pulse.stop();
        }
    }

    // ---- view -------------------------------------------------------------------------------------

    public void fitToView() {
        homeView = true;
        view = null;
        invalidate();
    }

    /** Moves the content by (dx, dy) pixels, as a drag does. */
    public void panBy(double dx, double dy) {
        setView(view().panByPixels(dx, dy));
    }

    /** Zooms about a point of the view (local pixels); above 1 zooms in. */
    public void zoomAbout(double sx, double sy, double factor) {
        setView(view().zoomAbout(sx, sy, factor));
    }

    public ViewTransform getView() {
        return view();
    }

    private void setView(ViewTransform next) {
        view = next;
        homeView = false;
        lastMoveNanos = System.nanoTime();
        invalidate();
    }

    ViewTransform view() {
        double w = Math.max(1, canvas.getWidth());
        double h = Math.max(1, canvas.getHeight());
        if (view == null || homeView) {
            view = positions.fit(FIT_PADDING, w, h);
        } else if (view.width() != w || view.height() != h) {
            view = GraphViewMath.resized(view, w, h);
        }
        return view;
    }

    // ---- selection, hover, search -----------------------------------------------------------------

    public ReadOnlyIntegerProperty selectedNodeProperty() {
        return selected.getReadOnlyProperty();
    }

    public int getSelectedNode() {
        return selected.get();
    }

    /** Selects a node (-1 clears) and highlights its neighbours; the others are dimmed. */
    public void select(int node) {
        if (node < 0 || node >= data.nodeCount()) {
            highlighted = null;
            selected.set(-1);
        } else {
            highlighted = new boolean[data.nodeCount()];
            highlighted[node] = true;
            for (int k = data.neighbourStart[node]; k < data.neighbourStart[node + 1]; k++) {
                highlighted[data.neighbours[k]] = true;
            }
            selected.set(node);
        }
        invalidate();
    }

    public void clearSelection() {
        select(-1);
    }

    public boolean isHighlighted(int node) {
        return highlighted != null && highlighted[node];
    }

    /**
     * Finds a node by id (a whole number) or by label (exact, ignoring case, else the largest whose label
     * contains the text), centres the view on it and selects it. Returns its index, or -1 when none matches.
     */
    public int search(String text) {
        int node = GraphSearch.find(data, text);
        if (node >= 0) {
            ViewTransform v = view();
            setView(v.panByPixels(v.left() + v.width() / 2 - v.screenX(positions.x()[node]),
                    v.top() + v.height() / 2 - v.screenY(positions.y()[node])));
            select(node);
        }
        return node;
    }

    /** The node drawn under a point of the view (local pixels), or -1. */
    public int nodeAt(double sx, double sy) {
        ViewTransform v = view();
        float largest = NodeRadii.largest(radius);
        int node = positions.grid().nearest(v.dataX(sx), v.dataY(sy), v.pxPerX(), v.pxPerY(), largest + HIT_SLOP_PX,
                i -> true);
        if (node < 0) {
            return -1;
        }
        double d = Math.hypot(v.screenX(positions.x()[node]) - sx, v.screenY(positions.y()[node]) - sy);
        return d <= radius[node] + HIT_SLOP_PX ? node : -1;
    }

    /** Text of the hover tooltip for a node index; the default shows the label, id, degree and group. */
    public void setTooltipText(IntFunction<String> text) {
        this.tooltipText = text == null ? this::defaultTooltip : text;
    }

    void hover(double sx, double sy) {
        int node = nodeAt(sx, sy);
        if (node == hovered) {
            if (node >= 0) {
                tooltip.place(sx, sy, getWidth(), getHeight());
            }
            return;
        }
        hovered = node;
        if (node < 0) {
            tooltip.hide();
        } else {
            tooltip.show(tooltipText.apply(node), sx, sy, getWidth(), getHeight());
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

    /** The text the hover tooltip shows now, or "" when hidden. */
    public String getTooltipShown() {
        return tooltip.shown();
    }

    /** Moves a node to a point of the view (local pixels); a running layout holds it there until released. */
    void dragNodeTo(int node, double sx, double sy) {
        ViewTransform v = view();
        float nx = (float) v.dataX(sx);
        float ny = (float) v.dataY(sy);
        positions.move(node, nx, ny);
        layout.pin(node, nx, ny);
        lastMoveNanos = System.nanoTime();
        invalidate();
    }

    void releaseNode(int node) {
        positions.release(node);
        layout.release(node);
    }

    private String defaultTooltip(int node) {
        String group = data.groupCount() > 0 ? "\n" + data.groupName(data.group(node)) : "";
        return data.label(node) + "\nid " + data.id(node) + " · degree " + data.degree(node) + group;
    }

    // ---- notes, theme, export, frames -------------------------------------------------------------

    /** What is shown, drawn at the top left, e.g. "Showing 5,000 of 48,210 nodes: top by PageRank". */
    public StringProperty noteProperty() {
        return note;
    }

    public void setNote(String text) {
        note.set(text == null ? "" : text);
    }

    public void setDarkTheme(boolean dark) {
        style = ScatterStyle.of(dark);
        tooltip.setDark(dark);
        invalidate();
    }

    public void setExportName(String name) {
        exportName = name == null || name.isBlank() ? "graph" : name;
    }

    public void setExportDialogs(ExportDialogs dialogs) {
        exports.setDialogs(dialogs);
    }

    /** Completes on the FX thread once written: the file, or empty if cancelled; fails if the write failed. */
    public CompletableFuture<Optional<Path>> exportPng() {
        return exports.export(ExportFormat.PNG);
    }

    public CompletableFuture<Optional<Path>> exportSvg() {
        return exports.export(ExportFormat.SVG);
    }

    /** "Saved graph.png", "Could not save …", or "" before any export. */
    public ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus.getReadOnlyProperty();
    }

    public ImageSize shownSize() {
        int w = (int) Math.round(canvas.getWidth());
        int h = (int) Math.round(canvas.getHeight());
        return w >= 1 && h >= 1 ? new ImageSize(Math.min(w, ImageSize.MAX_SIDE), Math.min(h, ImageSize.MAX_SIDE))
                : new ImageSize(800, 560);
    }

    private PlotExportActions.Shown shownForExport() {
        GraphFrame frame = frame(1).copy();
        return new PlotExportActions.Shown() {
            @Override
            public boolean isEmpty() {
                return frame.data().isEmpty();
            }

            @Override
            public void write(ExportFormat format, ImageSize size, Path file) throws java.io.IOException {
                GraphExporter.write(format, frame, size, file);
            }
        };
    }

    /**
     * Whether a frame drawn while the view moves may draw a sample of the edges when there are more than
     * {@value #MOVING_EDGE_BUDGET} (it says so on the view); on by default. Off draws every edge always.
     */
    public void setLevelOfDetail(boolean on) {
        levelOfDetail = on;
        invalidate();
    }

    /** Called with the timing of every frame drawn (the benchmark's measurements); null stops it. */
    public void setOnFrameDrawn(Consumer<FrameTiming> listener) {
        this.frameListener = listener;
    }

    /** Labels the last frame drew (never more than the budget plus the selected and hovered node). */
    public int labelsDrawn() {
        return lastPainted.labels();
    }

    public int edgesDrawn() {
        return lastPainted.edgesDrawn();
    }

    /** Draws the pending frame at once instead of at the next pulse (for snapshots and tests). */
    public void drawNow() {
        applyCss();
        layout();
        if (dirty) {
            draw(System.nanoTime());
        }
    }

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
            invalidate();
        }
        tooltip.label().autosize();
    }

    private GraphFrame frame(int edgeStride) {
        return new GraphFrame(data, positions.x(), positions.y(), radius, view(), selected.get(), highlighted, hovered,
                style, note.get(), edgeStride);
    }

    private void draw(long pulseNanos) {
        long cpu0 = frameListener == null ? 0 : THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        dirty = false;
        boolean moving = t0 - lastMoveNanos < FULL_DETAIL_AFTER_NANOS;
        int stride = levelOfDetail && moving && data.edgeCount() > MOVING_EDGE_BUDGET
                ? (int) Math.ceil(data.edgeCount() / (double) MOVING_EDGE_BUDGET) : 1;
        sampledLastFrame = stride > 1;
        List<String> viewNotes = stride > 1 ? List.of(String.format(Locale.US,
                "Drawing 1 in %d of %,d edges while the view moves", stride, data.edgeCount())) : List.of();
        surface.use(canvas.getGraphicsContext2D(), PointDrawing.RASTER);
        surface.beginFrame(canvas.getWidth(), canvas.getHeight());
        lastPainted = GraphPainter.paint(surface, frame(stride), canvas.getWidth(), canvas.getHeight(), this::labelWidth,
                viewNotes, edgeLayer.into(surface.plotRaster(), positions.version()));
        if (frameListener != null) {
            frameListener.accept(new FrameTiming(pulseNanos, System.nanoTime() - t0,
                    THREADS.getCurrentThreadCpuTime() - cpu0));
        }
    }

    private double labelWidth(int node) {
        if (labelWidths[node] < 0) {
            labelWidths[node] = surface.textWidth(data.label(node), GraphLabels.FONT, false);
        }
        return labelWidths[node];
    }
}

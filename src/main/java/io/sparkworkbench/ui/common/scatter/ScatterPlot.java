package io.sparkworkbench.ui.common.scatter;

import io.sparkworkbench.ui.common.Formats;
import io.sparkworkbench.ui.common.chart.ExportDialogs;
import io.sparkworkbench.ui.common.chart.ExportExecutor;
import io.sparkworkbench.ui.common.chart.ExportFormat;
import io.sparkworkbench.ui.common.chart.FxExportDialogs;
import io.sparkworkbench.ui.common.chart.ImageSize;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A scatterplot of many points (hundreds of thousands) coloured by group, on one canvas: zoom (wheel),
 * pan, rectangle and lasso selection, hover tooltips, a legend that hides groups on click, and export
 * to PNG, SVG and PDF of what is shown. The owner swaps data in whole with {@link #setData} (built off
 * the FX thread) and listens to {@link #selectionProperty()}. Use on the JavaFX thread.
 */
public class ScatterPlot extends BorderPane {

    private final ScatterCanvas canvas = new ScatterCanvas();
    private final ObjectProperty<SelectionMode> mode = new SimpleObjectProperty<>(SelectionMode.PAN);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final PlotExportActions actions;
    private String exportName = "";

    public ScatterPlot() {
        this(ExportExecutor.shared());
    }

    /** @param io where exports are drawn and written; never the JavaFX thread */
    public ScatterPlot(Executor io) {
        actions = new PlotExportActions("scatterplot", this::shownState, this::shownSize, this::exportName, io,
                new FxExportDialogs(this), status::set);
        PlotGestures.install(canvas, mode);
        ContextMenu menu = new ContextMenu();
        menu.getItems().addAll(item("Reset view", "scatter-menu-reset", this::resetView),
                item("Clear selection", "scatter-menu-clear", this::clearSelection), new SeparatorMenuItem());
        menu.getItems().addAll(exportItems("scatter-menu-export-"));
        canvas.setOnContextMenuRequested(e -> menu.show(canvas, e.getScreenX(), e.getScreenY()));
        canvas.selectionProperty().addListener((obs, old, now) -> status.set(now.isEmpty() ? ""
                : Formats.count(now.size()) + " selected"));
        setTop(toolbar());
        setCenter(canvas);
        getStyleClass().add("scatter-plot");
    }

    /** Shows {@code data} (all groups visible, no selection, home view). Build the data off the FX thread. */
    public void setData(ScatterData data) {
        canvas.setData(data);
        status.set("");
    }

    public ScatterData getData() {
        return canvas.data();
    }

    /** Text of the hover tooltip for a point index; the default shows the id and the group. */
    public void setTooltipText(Function<Integer, String> text) {
        canvas.setTooltipText(text);
    }

    /** The selected points; replaced on every selection, {@link ScatterSelection#none()} when cleared. */
    public ReadOnlyObjectProperty<ScatterSelection> selectionProperty() {
        return canvas.selectionProperty();
    }

    public ScatterSelection getSelection() {
        return canvas.selectionProperty().get();
    }

    /** What a plain left-drag does; the toolbar's Pan / Rectangle / Lasso buttons follow it. */
    public ObjectProperty<SelectionMode> modeProperty() {
        return mode;
    }

    /** Selects the shown points with x in [x0, x1] and y in [y0, y1], data coordinates, edges included. */
    public void selectInRectangle(double x0, double y0, double x1, double y1) {
        canvas.selectInRectangle(x0, y0, x1, y1);
    }

    /** Selects the shown points inside the polygon (data coordinates, even-odd rule). */
    public void selectInPolygon(double[] xs, double[] ys) {
        canvas.selectInPolygon(xs, ys);
    }

    public void clearSelection() {
        canvas.clearSelection();
    }

    /** Selects every point of one group (showing it if hidden), as a click elsewhere that names it asks; false if there is no such group. */
    public boolean selectGroup(int group) {
        return canvas.selectGroup(group);
    }

    public boolean isGroupVisible(int group) {
        return canvas.isGroupVisible(group);
    }

    /** Shows or hides a group's points and centroid (the legend entry stays, greyed, to show it again). */
    public void setGroupVisible(int group, boolean visible) {
        canvas.setGroupVisible(group, visible);
    }

    public void resetView() {
        canvas.resetView();
    }

    /** Moves the content by (dx, dy) pixels, as a drag does. */
    public void panBy(double dx, double dy) {
        canvas.panBy(dx, dy);
    }

    /** Zooms about the centre of the plot area; above 1 zooms in. */
    public void zoomBy(double factor) {
        ViewTransform view = canvas.view();
        canvas.zoomAbout(view.left() + view.width() / 2, view.top() + view.height() / 2, factor);
    }

    /** The view as last laid out: data window and plot area in this plot's canvas coordinates. */
    public ViewTransform getView() {
        return canvas.view();
    }

    public void setDarkTheme(boolean dark) {
        canvas.setStyle(ScatterStyle.of(dark));
    }

    public boolean isDarkTheme() {
        return canvas.style().isDark();
    }

    /** How points reach the screen; {@link PointDrawing#RASTER} (the default) is the fast one. */
    public void setPointDrawing(PointDrawing drawing) {
        canvas.setPointDrawing(drawing);
    }

    /** Told of every frame drawn, with its timings; for benchmarks. Null stops it. */
    public void setOnFrameDrawn(Consumer<FrameTiming> listener) {
        canvas.setFrameListener(listener);
    }

    /** The file name offered for exports (made file-safe); the default is "y vs x" from the axis labels. */
    public void setExportName(String name) {
        exportName = name == null ? "" : name;
    }

    public void setExportDialogs(ExportDialogs dialogs) {
        actions.setDialogs(dialogs);
    }

    /** The last export outcome or the selection size, e.g. "Saved segments.png", "1,204 selected". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Completes on the FX thread once written: the file, or empty if cancelled; fails if the write failed. */
    public CompletableFuture<Optional<Path>> exportPng() {
        return actions.export(ExportFormat.PNG);
    }

    public CompletableFuture<Optional<Path>> exportSvg() {
        return actions.export(ExportFormat.SVG);
    }

    public CompletableFuture<Optional<Path>> exportPdf() {
        return actions.export(ExportFormat.PDF);
    }

    private PlotExportActions.Shown shownState() {
        PlotState state = canvas.snapshotState();
        return new PlotExportActions.Shown() {
            @Override
            public boolean isEmpty() {
                return state.data().isEmpty();
            }

            @Override
            public void write(ExportFormat format, ImageSize size, Path file) throws java.io.IOException {
                ScatterExporter.write(format, state, size, file);
            }
        };
    }

    /** The plot's on-screen size, the default size of exports. */
    public ImageSize shownSize() {
        int w = (int) Math.round(canvas.getWidth());
        int h = (int) Math.round(canvas.getHeight());
        return w >= 1 && h >= 1 ? new ImageSize(Math.min(w, ImageSize.MAX_SIDE), Math.min(h, ImageSize.MAX_SIDE))
                : new ImageSize(800, 500);
    }

    /** The text the hover tooltip shows now, or "" when it is hidden. */
    public String getTooltipShown() {
        return canvas.tooltipShown();
    }

    /** Draws the pending frame at once instead of at the next pulse (for snapshots and tests). */
    public void drawNow() {
        canvas.applyCss();
        canvas.layout();
        canvas.drawIfDirty();
    }

    /** The drawing area (canvas and tooltip), e.g. to place the mouse on a data point in tests. */
    public Region plotArea() {
        return canvas;
    }

    private String exportName() {
        return exportName.isEmpty() ? ScatterExporter.title(canvas.data()) : exportName;
    }

    private HBox toolbar() {
        ToggleGroup modes = new ToggleGroup();
        ToggleButton pan = modeButton("Pan", SelectionMode.PAN, modes, "Drag to pan (middle-drag pans in any mode)");
        ToggleButton rect = modeButton("Rectangle", SelectionMode.RECTANGLE, modes, "Drag to select a rectangle (or"
                + " Shift-drag in any mode)");
        ToggleButton lasso = modeButton("Lasso", SelectionMode.LASSO, modes, "Drag around points to select them (or"
                + " Alt-drag in any mode)");
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                modes.selectToggle(old); // one mode is always on
            } else {
                mode.set((SelectionMode) now.getUserData());
            }
        });
        mode.addListener((obs, old, now) -> modes.getToggles().stream().filter(t -> t.getUserData() == now)
                .findFirst().ifPresent(modes::selectToggle));
        modes.selectToggle(pan);
        Button reset = new Button("Reset view");
        reset.setId("scatter-reset-view");
        reset.setTooltip(new Tooltip("Back to all points (or double-click the plot); scroll to zoom, Escape clears"
                + " the selection, click a legend entry to hide or show its group"));
        reset.setOnAction(e -> resetView());
        MenuButton export = new MenuButton("Export");
        export.setId("scatter-export");
        export.getItems().addAll(exportItems("scatter-export-"));
        Label statusLabel = new Label();
        statusLabel.setId("scatter-status");
        statusLabel.textProperty().bind(status);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, pan, rect, lasso, reset, spacer, statusLabel, export);
        for (Region control : List.of(pan, rect, lasso, reset, export)) {
            control.getStyleClass().add("small");
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        return bar;
    }

    private static ToggleButton modeButton(String text, SelectionMode value, ToggleGroup group, String hint) {
        ToggleButton button = new ToggleButton(text);
        button.setId("scatter-mode-" + value.name().toLowerCase(java.util.Locale.ROOT));
        button.setUserData(value);
        button.setToggleGroup(group);
        button.setTooltip(new Tooltip(hint));
        return button;
    }

    private List<MenuItem> exportItems(String idPrefix) {
        return List.of(item("Export PNG…", idPrefix + "png", this::exportPng),
                item("Export SVG…", idPrefix + "svg", this::exportSvg),
                item("Export PDF…", idPrefix + "pdf", this::exportPdf));
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}

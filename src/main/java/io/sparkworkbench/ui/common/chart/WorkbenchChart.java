package io.sparkworkbench.ui.common.chart;

import io.sparkworkbench.chart.ChartTable;
import io.sparkworkbench.chart.ChartTheme;
import io.sparkworkbench.chart.ChartWithData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

/**
 * The chart every tab shows: a JFreeChart with tooltips, zoom (drag, wheel), pan (Ctrl/Shift-drag or
 * middle-drag), "Reset zoom", and export to PNG, SVG, PDF, the clipboard and CSV (the plotted
 * {@link ChartTable}). Shows a placeholder while there is no data. Use on the JavaFX thread.
 */
public class WorkbenchChart extends BorderPane {

    public static final String DEFAULT_PLACEHOLDER = "No data yet";

    private final ChartViewer viewer = new ChartViewer(null);
    private final Label placeholder = new Label(DEFAULT_PLACEHOLDER);
    private final Label statusLabel = new Label();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final ChartExportActions actions;
    private final StackPane chartArea = new StackPane();
    private final HBox toolbar = toolbar();
    private CornerMenu cornerMenu;
    private JFreeChart chart;
    private ChartTable data = ChartTable.empty();
    private ChartTheme theme = ChartTheme.LIGHT;
    private java.util.function.Consumer<String> onCategoryClicked;

    public WorkbenchChart() {
        this(ExportExecutor.shared());
    }

    /** @param io where export files are written; never the JavaFX thread */
    public WorkbenchChart(Executor io) {
        actions = new ChartExportActions(() -> chart, () -> data, this::shownSize, io,
                new FxExportDialogs(this), status::set);
        ChartInteraction.install(viewer);
        viewer.addChartMouseListener(new CategoryClicks(category -> {
            if (onCategoryClicked != null) {
                onCategoryClicked.accept(category);
            }
        }));
        ContextMenu menu = new ContextMenu();
        menu.getItems().addAll(menuItems());
        viewer.setOnContextMenuRequested(e -> menu.show(viewer, e.getScreenX(), e.getScreenY()));

        placeholder.getStyleClass().add("chart-placeholder");
        // A placeholder saying what to do first ("Train … on the … tab first") must fit a small chart.
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(0, 12, 0, 12));
        chartArea.getChildren().addAll(viewer, placeholder);
        chartArea.setMinSize(0, 0);
        setCenter(chartArea);
        setTop(toolbar);
        getStyleClass().add("workbench-chart");
        statusLabel.textProperty().bind(status);
        empty.addListener((obs, was, isEmpty) -> showPlaceholder(isEmpty));
        showPlaceholder(true);
        applyTheme();
    }

    /**
     * Shows {@code chart}, recoloured in place for the current theme; {@code data} is what "Save data
     * as CSV" writes. A null chart or an empty table shows the placeholder. Resets zoom.
     */
    public void setChart(JFreeChart chart, ChartTable data) {
        this.chart = chart;
        this.data = data == null ? ChartTable.empty() : data;
        if (chart != null) {
            theme.apply(chart);
            ChartInteraction.enablePanning(chart);
            viewer.setChart(chart);
        } else {
            // ChartViewer refuses null; a blank chart releases the old one while the placeholder shows.
            viewer.setChart(new JFreeChart(new XYPlot()));
        }
        if (cornerMenu != null) {
            cornerMenu.attach(chart);
        }
        empty.set(chart == null || this.data.isEmpty());
        status.set("");
    }

    /**
     * Replaces what "Save data as CSV" writes, and whether the placeholder shows, keeping the chart, its zoom and
     * its tooltips: for live charts whose datasets are changed in place (the chart then redraws once per change).
     */
    public void updateData(ChartTable newData) {
        this.data = newData == null ? ChartTable.empty() : newData;
        empty.set(chart == null || this.data.isEmpty());
    }

    public void setChart(ChartWithData chart) {
        setChart(chart.chart(), chart.data());
    }

    public void clear() {
        setChart(null, ChartTable.empty());
    }

    /** The chart shown, or null. */
    public JFreeChart getChart() {
        return chart;
    }

    public ChartTable getData() {
        return data;
    }

    /**
     * Called with the category of a bar (or of its axis label) the user clicks, for charts that drill into another
     * view; null stops it. Only category charts have such entities; clicks elsewhere are ignored.
     */
    public void setOnCategoryClicked(java.util.function.Consumer<String> handler) {
        this.onCategoryClicked = handler;
    }

    public void setPlaceholderText(String text) {
        placeholder.setText(text);
    }

    /** Recolours background, plot, axes and legend for AtlantaFX Primer dark (true) or light (false). */
    public void setDarkTheme(boolean dark) {
        theme = ChartTheme.of(dark);
        applyTheme();
    }

    public boolean isDarkTheme() {
        return theme == ChartTheme.DARK;
    }

    /** Replaces the file choosers and dialogs, e.g. in tests where native choosers cannot run. */
    public void setExportDialogs(ExportDialogs dialogs) {
        actions.setDialogs(dialogs);
    }

    /** The last export outcome, e.g. "Saved revenue.png"; also shown in the toolbar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while the placeholder is shown instead of a chart. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public void resetZoom() {
        ChartInteraction.resetZoom(chart);
    }

    /** Completes on the FX thread once written: the file, or empty if cancelled; fails if the write failed. */
    public CompletableFuture<Optional<Path>> exportPng() {
        return actions.exportPng();
    }

    public CompletableFuture<Optional<Path>> exportSvg() {
        return actions.exportSvg();
    }

    public CompletableFuture<Optional<Path>> exportPdf() {
        return actions.exportPdf();
    }

    public CompletableFuture<Optional<Path>> saveDataCsv() {
        return actions.saveDataCsv();
    }

    /** Puts the chart, at its on-screen size, on the system clipboard as an image. */
    public boolean copyImage() {
        if (chart == null) {
            return false;
        }
        ImageSize size = shownSize();
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(chart.createBufferedImage(size.width(), size.height()), null));
        Clipboard.getSystemClipboard().setContent(content);
        status.set("Chart copied to the clipboard");
        return true;
    }

    /** The chart's on-screen size, the default size of exports. */
    public ImageSize shownSize() {
        int width = (int) Math.round(viewer.getWidth());
        int height = (int) Math.round(viewer.getHeight());
        return width >= 1 && height >= 1
                ? new ImageSize(Math.min(width, ImageSize.MAX_SIDE), Math.min(height, ImageSize.MAX_SIDE))
                : new ImageSize(800, 500);
    }

    /** The chart canvas, for tests and snapshots. */
    ChartViewer viewer() {
        return viewer;
    }

    /**
     * Trades the toolbar for a small "⋯" menu in the chart's top right corner with the same actions as the
     * right-click menu: for charts laid out many to a screen, where the toolbar's row costs a third of each
     * chart's height. The chart leaves the menu room beside its title ({@link CornerMenu}).
     */
    public void setCompact(boolean compact) {
        if (compact == (getTop() == null)) {
            return;
        }
        if (compact) {
            setTop(null);
            toolbar.getChildren().remove(statusLabel);
            cornerMenu = new CornerMenu(statusLabel, menuItems());
            cornerMenu.attach(chart);
            chartArea.getChildren().add(cornerMenu);
        } else {
            cornerMenu.detach();
            chartArea.getChildren().remove(cornerMenu);
            cornerMenu = null;
            toolbar.getChildren().add(0, statusLabel);
            setTop(toolbar);
        }
    }

    private HBox toolbar() {
        Button reset = button("Reset zoom", "chart-reset-zoom", this::resetZoom);
        reset.setTooltip(new Tooltip("Drag to zoom in (drag leftwards or click here to undo), scroll to zoom,"
                + " Ctrl/Shift-drag or middle-drag to pan"));
        MenuButton export = new MenuButton("Export");
        export.setId("chart-export");
        export.getItems().addAll(exportItems());
        Button copy = button("Copy image", "chart-copy-image", this::copyImage);
        for (Region control : List.of(reset, export, copy)) {
            control.disableProperty().bind(empty);
            control.getStyleClass().add("small");
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, statusLabel, spacer, reset, export, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        return bar;
    }

    private List<MenuItem> menuItems() {
        MenuItem reset = item("Reset zoom", "chart-menu-reset-zoom", this::resetZoom);
        MenuItem copy = item("Copy image", "chart-menu-copy-image", this::copyImage);
        List<MenuItem> exports = exportItems();
        exports.forEach(i -> i.setId(i.getId().replace("chart-", "chart-menu-")));
        List<MenuItem> all = new ArrayList<>(List.of(reset, new SeparatorMenuItem()));
        all.addAll(exports);
        all.add(copy);
        all.forEach(i -> i.disableProperty().bind(empty));
        return all;
    }

    private List<MenuItem> exportItems() {
        return new ArrayList<>(List.of(
                item("Export PNG…", "chart-export-png", this::exportPng),
                item("Export SVG…", "chart-export-svg", this::exportSvg),
                item("Export PDF…", "chart-export-pdf", this::exportPdf),
                item("Save data as CSV…", "chart-export-csv", this::saveDataCsv)));
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void showPlaceholder(boolean show) {
        placeholder.setVisible(show);
        viewer.setVisible(!show);
    }

    private void applyTheme() {
        if (chart != null) {
            theme.apply(chart);
        }
        java.awt.Color bg = theme.background();
        java.awt.Color fg = theme.text();
        setBackground(Background.fill(Color.rgb(bg.getRed(), bg.getGreen(), bg.getBlue())));
        Color text = Color.rgb(fg.getRed(), fg.getGreen(), fg.getBlue());
        placeholder.setTextFill(text.deriveColor(0, 1, 1, 0.7));
        statusLabel.setTextFill(text.deriveColor(0, 1, 1, 0.7));
    }
}

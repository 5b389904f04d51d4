package io.sparkworkbench.ui.graph;

import io.sparkworkbench.ui.common.graph.GraphView;
import io.sparkworkbench.ui.common.graph.LayoutPositions;
import io.sparkworkbench.ui.common.graph.LayoutRunner;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The drawing and its toolbar: lay out / pause / resume / stop, fit, export PNG and SVG, and the layout's status.
 * Shows each {@link Drawing} the model makes (at its saved positions, or the ones on screen for the same graph
 * freshly styled), starts the layout only where nodes have no position yet, and hands the positions back to be
 * saved whenever a layout run ends.
 */
final class GraphCanvasPane extends BorderPane {

    private final GraphView view = new GraphView();
    private final Label style = new Label();
    /** "sized by degree, coloured by segment" for the drawing on screen; shown after the layout's status. */
    private final javafx.beans.property.StringProperty styleText = new javafx.beans.property.SimpleStringProperty("");
    private Drawing shown;
    private final DrawingViewModel model;
    /** The layout file of the graph on screen (the model may already hold the next drawing). */
    private String shownLayoutFile;

    GraphCanvasPane(DrawingViewModel model) {
        this.model = model;
        setId("graph-canvas-pane");
        view.setId("graph-view");
        view.setExportName("graph");
        Button layout = button("graph-layout-start", "Lay out", view::startLayout);
        Button pause = button("graph-layout-pause", "Pause", view::pauseLayout);
        Button resume = button("graph-layout-resume", "Resume", view::resumeLayout);
        Button stop = button("graph-layout-stop", "Stop layout", view::stopLayout);
        Button fit = button("graph-fit", "Fit", view::fitToView);
        Button png = button("graph-export-png", "PNG…", view::exportPng);
        Button svg = button("graph-export-svg", "SVG…", view::exportSvg);
        var running = view.layoutStateProperty().isEqualTo(LayoutRunner.State.RUNNING);
        var paused = view.layoutStateProperty().isEqualTo(LayoutRunner.State.PAUSED);
        pause.disableProperty().bind(running.not());
        resume.disableProperty().bind(paused.not());
        stop.disableProperty().bind(running.or(paused).not());
        layout.disableProperty().bind(running.or(paused));
        // One wrapped line under the buttons says how the layout went and how the nodes are sized and coloured: two
        // lines of their own cost the drawing 20 px it cannot spare at 820 px with the jobs panel open.
        style.setId("graph-drawing-style");
        style.setMinWidth(0);
        style.setWrapText(true);
        style.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String laid = view.layoutStatusProperty().get();
            String exported = view.exportStatusProperty().get();
            StringBuilder line = new StringBuilder(laid == null ? "" : laid);
            for (String part : new String[] {exported, styleText.get()}) {
                if (part != null && !part.isEmpty()) {
                    line.append(line.length() == 0 ? "" : " · ").append(part);
                }
            }
            return line.toString();
        }, view.layoutStatusProperty(), view.exportStatusProperty(), styleText));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.action().runningProperty());
        png.setTooltip(new javafx.scene.control.Tooltip("Export the view as a PNG image"));
        svg.setTooltip(new javafx.scene.control.Tooltip("Export the view as an SVG drawing"));
        HBox bar = new HBox(6, layout, pause, resume, stop, fit, png, svg, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(2, bar, style);
        top.setPadding(new Insets(4, 6, 2, 6));
        setTop(top);
        view.setTooltipText(this::tooltip);
        setCenter(view);
        model.drawingProperty().addListener((obs, old, d) -> show(d));
        view.layoutStateProperty().addListener((obs, old, state) -> {
            if (state == LayoutRunner.State.SETTLED || state == LayoutRunner.State.STEP_CAP || state == LayoutRunner.State.STOPPED) {
                model.saveLayout(shownLayoutFile, view.layoutPositions());
            }
        });
    }

    private void show(Drawing d) {
        LayoutRunner.State state = view.layoutStateProperty().get();
        if (shownLayoutFile != null && (state == LayoutRunner.State.RUNNING || state == LayoutRunner.State.PAUSED)) {
            // Replacing the graph forgets its run, which then never reports its end: keep what it reached.
            model.saveLayout(shownLayoutFile, view.layoutPositions());
        }
        if (d == null) {
            shownLayoutFile = null;
            shown = null;
            styleText.set("");
            view.setGraph(null);
            view.setNote("");
            return;
        }
        LayoutPositions onScreen = d.keepShown() && !view.getGraph().isEmpty() ? view.layoutPositions() : null;
        LayoutPositions start = Positions.merge(d.saved(), onScreen);
        shownLayoutFile = d.layoutFile();
        shown = d;
        view.setGraph(d.data(), start);
        view.setNote(d.note());
        styleText.set(d.style().isEmpty() ? "" : "Nodes " + d.style() + ".");
        if (start == null || start.matching(d.data()) < d.data().nodeCount()) {
            view.startLayout();
        }
    }

    /** The hover text: the node's label and id, and every metric computed so far. */
    private String tooltip(int node) {
        Drawing d = shown;
        if (d == null || node < 0 || node >= d.data().nodeCount()) {
            return "";
        }
        io.sparkworkbench.ui.common.graph.GraphData g = d.data();
        StringBuilder text = new StringBuilder(g.label(node)).append("\nid ").append(g.id(node));
        if (d.nodes() == null) {
            return text.append(String.format(java.util.Locale.US, "\n%,.0f members", g.size(node))).toString();
        }
        io.sparkworkbench.engine.graph.NodeAttributes a = d.nodes();
        int i = node;
        // The arrays were built from the attributes in their order, so index i is the same node.
        text.append(" · degree ").append(a.degree()[i]);
        if (!Double.isNaN(a.rank()[i])) {
            text.append(String.format(java.util.Locale.US, " · PageRank %.5f", a.rank()[i]));
        }
        if (a.community()[i] >= 0) {
            text.append("\ncommunity ").append(a.community()[i]);
        }
        if (a.segment()[i] >= 0 && a.segment()[i] < a.segmentNames().size()) {
            text.append("\nsegment ").append(a.segmentNames().get(a.segment()[i]));
        }
        return text.toString();
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    GraphView graphView() {
        return view;
    }
}

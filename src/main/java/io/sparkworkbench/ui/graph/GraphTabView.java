package io.sparkworkbench.ui.graph;

import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The graph tab's layout: the picker on top; algorithms and filters on the left; the drawing with the result
 * table and degree chart under it in the middle; the selected node on the right. While a graph action runs, its
 * engine progress is sampled once per frame.
 */
final class GraphTabView extends BorderPane {

    private final GraphCanvasPane canvas;
    private final ResultsPane results;
    private final AnimationTimer progress;

    GraphTabView(GraphViewModel model) {
        setId("graph-tab-view");
        setTop(new PickerBar(model));
        TitledPane algorithms = new TitledPane("Algorithms", new AlgorithmsPane(model.algorithms()));
        algorithms.setCollapsible(false);
        TitledPane filters = new TitledPane("Drawing and filters", new FiltersPane(model.drawing()));
        filters.setCollapsible(false);
        VBox left = new VBox(6, algorithms, filters);
        left.setPadding(new Insets(0, 0, 0, 4));
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        leftScroll.setMinWidth(250);
        leftScroll.setPrefWidth(290);

        canvas = new GraphCanvasPane(model.drawing());
        results = new ResultsPane(model.algorithms(), () -> model.summaryProperty().get() != null && model.summaryProperty().get().directed());
        SplitPane middle = new SplitPane(canvas, results);
        middle.setOrientation(Orientation.VERTICAL);
        // The drawing gets three quarters, and all of any height the window gains (the table keeps its own).
        middle.setDividerPositions(0.75);
        SplitPane.setResizableWithParent(results, false);
        NodePanel right = new NodePanel(model.node(), model.drawing(), text -> canvas.graphView().search(text));
        canvas.graphView().selectedNodeProperty().addListener((obs, old, node) ->
                model.node().select(model.drawing().drawingProperty().get(), node.intValue()));
        // Filled to the height it is given; when that is less than the metrics and three neighbours need, it scrolls.
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);
        rightScroll.setFitToHeight(true);
        rightScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        rightScroll.setMinWidth(200);
        SplitPane all = new SplitPane(leftScroll, middle, rightScroll);
        all.setDividerPositions(0.235, 0.77);
        SplitPane.setResizableWithParent(leftScroll, false);
        SplitPane.setResizableWithParent(rightScroll, false);
        setCenter(all);

        progress = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.actions().sampleProgress();
            }
        };
        model.actions().runningProperty().addListener((obs, was, running) -> {
            if (running) {
                progress.start();
            } else {
                progress.stop();
            }
        });
    }

    void setDarkTheme(boolean dark) {
        canvas.graphView().setDarkTheme(dark);
        results.setDarkTheme(dark);
    }

    GraphCanvasPane canvas() {
        return canvas;
    }
}

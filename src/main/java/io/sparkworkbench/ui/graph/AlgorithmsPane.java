package io.sparkworkbench.ui.graph;

import io.sparkworkbench.engine.graph.CommunityRequest;
import io.sparkworkbench.engine.graph.PageRankRequest;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/** The algorithm buttons with their parameters; each runs with progress and the bar's Stop. */
final class AlgorithmsPane extends GridPane {

    private int row;

    AlgorithmsPane(AlgorithmsViewModel model) {
        setId("graph-algorithms");
        setHgap(6);
        setVgap(5);
        BooleanBinding off = model.hasGraphProperty().not().or(model.actions().runningProperty());

        add(button("graph-run-degrees", "Degrees", "In-, out- and total degree of every node; the distribution chart", off,
                model::degreeDistribution), 0, row++, 2, 1);

        add(button("graph-run-pagerank", "PageRank", "Share of time a random surfer spends at each node", off, model::pageRank), 0, row++, 2, 1);
        Spinner<Integer> iterations = GraphFields.integer("graph-pagerank-iterations", 1, PageRankRequest.MAX_ITERATIONS,
                model.iterationsProperty());
        iterations.disableProperty().bind(model.untilConvergedProperty());
        field("iterations", iterations);
        CheckBox converge = new CheckBox("until Δ <");
        converge.setId("graph-pagerank-converge");
        converge.setMinWidth(CheckBox.USE_PREF_SIZE);
        converge.setTooltip(new Tooltip("Iterate until no rank changes by more than the tolerance"));
        converge.selectedProperty().bindBidirectional(model.untilConvergedProperty());
        Spinner<Double> tolerance = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(1e-9, 0.1, model.toleranceProperty().get(), 1e-4));
        tolerance.setId("graph-pagerank-tolerance");
        tolerance.setEditable(true);
        tolerance.setPrefWidth(95);
        tolerance.getValueFactory().setConverter(new javafx.util.converter.DoubleStringConverter());
        tolerance.getValueFactory().valueProperty().addListener((obs, old, now) -> model.toleranceProperty().set(now));
        tolerance.disableProperty().bind(model.untilConvergedProperty().not());
        add(converge, 0, row);
        add(tolerance, 1, row++);
        CheckBox personalised = new CheckBox("personalised from the selected node");
        personalised.setId("graph-pagerank-personalised");
        personalised.setWrapText(true);
        personalised.selectedProperty().bindBidirectional(model.personalisedProperty());
        add(personalised, 0, row++, 2, 1);

        add(button("graph-run-components", "Components", "Connected components, edge direction ignored", off, () -> model.components(false)),
                0, row);
        add(button("graph-run-strong", "Strong comp.", "Strongly connected components, following edge direction", off,
                () -> model.components(true)), 1, row++);
        add(button("graph-run-triangles", "Triangles + clustering", "Triangles at each node and its clustering coefficient", off,
                model::triangles), 0, row++, 2, 1);

        add(button("graph-run-communities", "Communities", "Label propagation (hubs capped at " + CommunityRequest.DEFAULT_HUB_CAP
                + " edges)", off, model::communities), 0, row++, 2, 1);
        field("LPA iterations", GraphFields.integer("graph-lpa-iterations", 1, CommunityRequest.MAX_ITERATIONS, model.lpaIterationsProperty()));

        add(button("graph-run-paths", "Shortest paths", "Hop counts from every node to the landmarks", off, model::shortestPaths), 0, row++, 2, 1);
        TextField landmarks = new TextField();
        landmarks.setId("graph-landmarks");
        landmarks.setPromptText("ids, or the selected node");
        landmarks.setPrefColumnCount(10);
        landmarks.textProperty().bindBidirectional(model.landmarksProperty());
        field("landmarks", landmarks);
    }

    private void field(String label, javafx.scene.Node control) {
        Label l = new Label(label);
        l.setMinWidth(Label.USE_PREF_SIZE);
        add(l, 0, row);
        add(control, 1, row++);
    }

    private static Button button(String id, String text, String tip, BooleanBinding disabled, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setTooltip(new Tooltip(tip));
        b.disableProperty().bind(disabled);
        b.setOnAction(e -> action.run());
        return b;
    }

}

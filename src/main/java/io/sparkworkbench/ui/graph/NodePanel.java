package io.sparkworkbench.ui.graph;

import io.sparkworkbench.engine.graph.GraphNode;
import java.util.function.ToIntFunction;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The right-hand panel: search by id or name (the drawing first, then the whole graph), the selected node's
 * metrics and neighbours, and Open neighbours / Ego network to draw its neighbourhood.
 */
final class NodePanel extends VBox {

    NodePanel(NodeViewModel model, DrawingViewModel drawing, ToIntFunction<String> searchDrawn) {
        super(6);
        setId("graph-node-panel");
        setPadding(new Insets(6));
        setPrefWidth(270);
        setMinWidth(200);
        TextField search = new TextField();
        search.setId("graph-search");
        search.setPromptText("Search by id or name");
        HBox.setHgrow(search, Priority.ALWAYS);
        Label searchStatus = new Label();
        searchStatus.setId("graph-search-status");
        searchStatus.setWrapText(true);
        searchStatus.textProperty().bind(model.searching().statusProperty());
        ListView<GraphNode> hits = new ListView<>(model.searchResults());
        hits.setId("graph-search-results");
        hits.setPrefHeight(90);
        hits.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(GraphNode item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label() + " (id " + item.id() + ", degree " + item.degree() + ")");
            }
        });
        hits.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.searchResults()));
        hits.managedProperty().bind(hits.visibleProperty());
        hits.getSelectionModel().selectedItemProperty().addListener((obs, old, hit) -> {
            if (hit != null) {
                drawing.showEgo(hit.id(), 1);
            }
        });
        Runnable find = () -> {
            String text = search.getText();
            if (text == null || text.isBlank()) {
                return;
            }
            if (searchDrawn.applyAsInt(text.trim()) < 0) {
                model.search(text);
            } else {
                model.searchResults().clear();
                model.searching().setStatus("");
            }
        };
        search.setOnAction(e -> find.run());
        Button go = new Button("Find");
        go.setId("graph-search-go");
        go.setOnAction(e -> find.run());

        NodeMetricsGrid metrics = new NodeMetricsGrid(model.metrics());

        Button neighbours = new Button("Open neighbours");
        neighbours.setId("graph-open-neighbours");
        neighbours.setTooltip(new javafx.scene.control.Tooltip("Draw the node and its neighbours (ego network, 1 hop)"));
        neighbours.disableProperty().bind(model.selectedProperty().isNull());
        neighbours.setOnAction(e -> drawing.showEgo(model.selectedProperty().get(), 1));
        Button ego = new Button("Ego network");
        ego.setId("graph-ego");
        ego.setTooltip(new javafx.scene.control.Tooltip("Draw everything within the filter's hops of this node"));
        ego.disableProperty().bind(model.selectedProperty().isNull());
        ego.setOnAction(e -> drawing.showEgo(model.selectedProperty().get(), drawing.egoHopsProperty().get()));

        ListView<String> around = new ListView<>(model.neighbours());
        around.setId("graph-node-neighbours");
        around.setPlaceholder(new Label("—"));
        // The list takes what the metrics leave; below three lines the panel scrolls instead of squeezing it.
        around.setMinHeight(72);
        around.setPrefHeight(120);
        VBox.setVgrow(around, Priority.ALWAYS);
        Label lookups = new Label();
        lookups.setId("graph-node-status");
        lookups.setWrapText(true);
        lookups.textProperty().bind(model.lookups().statusProperty());
        getChildren().addAll(new HBox(4, search, go), searchStatus, hits, heading("Selected node"), metrics, new HBox(6, neighbours, ego),
                heading("Neighbours in the whole graph"), around, lookups);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}

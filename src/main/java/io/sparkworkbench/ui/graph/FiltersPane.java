package io.sparkworkbench.ui.graph;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** Size and colour of the drawing, and the filters that choose what is drawn (Apply fetches it again). */
final class FiltersPane extends GridPane {

    private int row;

    FiltersPane(DrawingViewModel model) {
        setId("graph-filters");
        setHgap(6);
        setVgap(5);
        ChoiceBox<SizeBy> size = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(SizeBy.values()));
        size.setId("graph-size-by");
        size.setMaxWidth(Double.MAX_VALUE);
        size.valueProperty().bindBidirectional(model.sizeByProperty());
        field("size by", size);
        ChoiceBox<ColourBy> colour = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(ColourBy.values()));
        colour.setId("graph-colour-by");
        colour.setMaxWidth(Double.MAX_VALUE);
        colour.valueProperty().bindBidirectional(model.colourByProperty());
        field("colour by", colour);
        Label homophily = new Label();
        homophily.setId("graph-homophily");
        homophily.setWrapText(true);
        homophily.setMaxWidth(260);
        homophily.textProperty().bind(model.homophilyTextProperty());
        homophily.managedProperty().bind(homophily.textProperty().isNotEmpty());
        homophily.visibleProperty().bind(homophily.managedProperty());
        add(homophily, 0, row++, 2, 1);

        field("top N", GraphFields.integer("graph-filter-top", 0, DrawingViewModel.NODE_BUDGET, model.topNProperty()));
        TextField community = new TextField();
        community.setId("graph-filter-community");
        community.setPromptText("all");
        community.setPrefColumnCount(8);
        community.textProperty().bindBidirectional(model.communityProperty());
        field("community", community);
        field("min. degree", GraphFields.integer("graph-filter-min-degree", 0, 1_000_000, model.minDegreeProperty()));
        Label ego = new Label();
        ego.setId("graph-filter-ego");
        ego.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.egoCenterProperty().get() == null ? "none (select a node)" : "node " + model.egoCenterProperty().get(),
                model.egoCenterProperty()));
        ego.setWrapText(true);
        field("ego node", ego);
        field("ego hops", GraphFields.integer("graph-filter-hops", 1, io.sparkworkbench.engine.graph.NodeFilter.MAX_EGO_HOPS,
                model.egoHopsProperty()));
        CheckBox superNodes = new CheckBox("communities as super-nodes");
        superNodes.setId("graph-super-nodes");
        superNodes.setTooltip(new Tooltip("One node per community, sized by its members; edges = links between communities (run Communities first)"));
        superNodes.selectedProperty().bindBidirectional(model.superNodesProperty());
        add(superNodes, 0, row++, 2, 1);
        Button apply = new Button("Apply");
        apply.setId("graph-filter-apply");
        apply.disableProperty().bind(model.action().runningProperty());
        apply.setOnAction(e -> model.applyFilters());
        Button clear = new Button("Clear");
        clear.setId("graph-filter-clear");
        clear.disableProperty().bind(model.action().runningProperty());
        clear.setOnAction(e -> model.clearFilters());
        Button stop = new Button("Stop");
        stop.setId("graph-filter-stop");
        stop.disableProperty().bind(model.action().runningProperty().not());
        stop.setOnAction(e -> model.stop());
        add(new HBox(6, apply, clear, stop), 0, row++, 2, 1);
        Label status = new Label();
        status.setId("graph-drawing-status");
        status.setWrapText(true);
        status.setMaxWidth(260);
        status.textProperty().bind(model.action().statusProperty());
        add(status, 0, row++, 2, 1);
    }

    private void field(String label, javafx.scene.Node control) {
        Label l = new Label(label);
        l.setMinWidth(Label.USE_PREF_SIZE);
        add(l, 0, row);
        add(control, 1, row++);
    }
}

package io.sparkworkbench.ui.graph;

import io.sparkworkbench.ui.graph.GraphPickerViewModel.Choice;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The top of the tab: which graph (social, co-purchase with its minimum weight, or a view with its columns picked
 * from the catalog), Open, Stop for whatever graph action runs, and the open graph's summary and status.
 */
final class PickerBar extends VBox {

    PickerBar(GraphViewModel model) {
        super(4);
        setId("graph-picker");
        setPadding(new Insets(6, 8, 4, 8));
        GraphPickerViewModel picker = model.picker();
        ToggleGroup group = new ToggleGroup();
        HBox choices = new HBox(0);
        for (Choice c : Choice.values()) {
            ToggleButton b = new ToggleButton(c.toString());
            b.setId("graph-choice-" + c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            b.setToggleGroup(group);
            b.setUserData(c);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setSelected(picker.choiceProperty().get() == c);
            choices.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                picker.choiceProperty().set((Choice) now.getUserData());
            }
        });

        Label minLabel = new Label("min. weight");
        Spinner<Integer> minWeight = GraphFields.integer("graph-min-weight", 1, GraphPickerViewModel.MAX_MIN_WEIGHT, picker.minWeightProperty());
        minWeight.setPrefWidth(80);
        HBox coPurchase = new HBox(6, minLabel, minWeight);
        coPurchase.setAlignment(Pos.CENTER_LEFT);

        ComboBox<String> view = combo("graph-view", "view", picker.views(), 170);
        view.valueProperty().bindBidirectional(picker.viewProperty());
        ComboBox<String> src = combo("graph-source-column", "source", picker.columns(), 120);
        src.valueProperty().bindBidirectional(picker.sourceColumnProperty());
        ComboBox<String> dst = combo("graph-destination-column", "destination", picker.columns(), 120);
        dst.valueProperty().bindBidirectional(picker.destinationColumnProperty());
        ComboBox<String> weight = combo("graph-weight-column", "weight (optional)", picker.columns(), 130);
        weight.valueProperty().bindBidirectional(picker.weightColumnProperty());
        CheckBox directed = new CheckBox("directed");
        directed.setId("graph-directed");
        directed.selectedProperty().bindBidirectional(picker.directedProperty());
        Button noWeight = new Button("×");
        noWeight.setTooltip(new javafx.scene.control.Tooltip("No weight column: an edge's weight is the number of rows naming the pair"));
        noWeight.setOnAction(e -> picker.weightColumnProperty().set(null));
        HBox fromView = new HBox(6, view, new Label("→"), src, dst, weight, noWeight, directed);
        fromView.setAlignment(Pos.CENTER_LEFT);

        coPurchase.visibleProperty().bind(picker.choiceProperty().isEqualTo(Choice.CO_PURCHASE));
        coPurchase.managedProperty().bind(coPurchase.visibleProperty());
        fromView.visibleProperty().bind(picker.choiceProperty().isEqualTo(Choice.VIEW));
        fromView.managedProperty().bind(fromView.visibleProperty());

        Button open = new Button("Open");
        open.setId("graph-open");
        open.setDefaultButton(false);
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.disableProperty().bind(model.actions().runningProperty());
        open.setOnAction(e -> model.open());
        Button stop = new Button("Stop");
        stop.setId("graph-stop");
        stop.setMinWidth(Region.USE_PREF_SIZE);
        stop.disableProperty().bind(model.actions().runningProperty().not());
        stop.setOnAction(e -> model.stop());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.actions().runningProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox first = new HBox(8, new Label("Graph"), choices, coPurchase, fromView, open, stop, busy, grow);
        first.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("graph-summary");
        summary.setMinWidth(Region.USE_PREF_SIZE);
        summary.setStyle("-fx-font-weight: bold;");
        summary.textProperty().bind(model.summaryTextProperty());
        Label status = new Label();
        status.setId("graph-status");
        status.setMinWidth(0);
        status.setWrapText(true);
        status.setMaxHeight(40);
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().bind(model.actions().statusProperty());
        status.setTooltip(new javafx.scene.control.Tooltip());
        status.getTooltip().textProperty().bind(status.textProperty());
        getChildren().addAll(first, summary, status);
    }

    private static ComboBox<String> combo(String id, String prompt, javafx.collections.ObservableList<String> items, double width) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setPromptText(prompt);
        box.setPrefWidth(width);
        return box;
    }
}

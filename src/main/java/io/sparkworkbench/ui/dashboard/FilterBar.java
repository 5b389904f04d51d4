package io.sparkworkbench.ui.dashboard;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/** The dashboard's filter bar: the date range, country, channel and segment, Apply, Reset, and Stop while computing. */
final class FilterBar extends FlowPane {

    FilterBar(DashboardViewModel model) {
        DatePicker from = datePicker("dashboard-from", model.fromProperty());
        DatePicker to = datePicker("dashboard-to", model.toProperty());
        ComboBox<String> country = combo("dashboard-country", model.countries(), model.countryProperty());
        ComboBox<String> channel = combo("dashboard-channel", model.channels(), model.channelProperty());
        ComboBox<String> segment = combo("dashboard-segment", model.segments(), model.segmentProperty());
        segment.disableProperty().bind(javafx.beans.binding.Bindings.size(model.segments()).lessThan(2));
        segment.setTooltip(new Tooltip("Segments come from the Segments tab: train a segmentation model there first"));
        Button apply = new Button("Apply");
        apply.setId("dashboard-apply");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> model.apply());
        Button reset = new Button("Reset");
        reset.setId("dashboard-reset");
        reset.setTooltip(new Tooltip("The last year of data, no other filter"));
        reset.setOnAction(e -> model.resetFilter());
        Button stop = new Button("Stop");
        stop.setId("dashboard-stop");
        stop.setOnAction(e -> model.stop());
        stop.disableProperty().bind(model.action().runningProperty().not());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.action().runningProperty());
        Label status = new Label();
        status.setId("dashboard-status");
        status.textProperty().bind(model.action().statusProperty());
        apply.disableProperty().bind(model.choicesProperty().isNull());
        reset.disableProperty().bind(model.choicesProperty().isNull());
        getChildren().addAll(group("From", from), group("to", to), group("Country", country), group("Channel", channel),
                group("Segment", segment), new HBox(6, apply, reset, stop), new HBox(6, progress, status));
        setHgap(14);
        setVgap(6);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 10, 6, 10));
    }

    private static HBox group(String label, javafx.scene.Node control) {
        HBox box = new HBox(6, new Label(label), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static DatePicker datePicker(String id, ObjectProperty<java.time.LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(140);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    private static ComboBox<String> combo(String id, ObservableList<String> items, ObjectProperty<String> value) {
        ComboBox<String> combo = new ComboBox<>(items);
        combo.setId(id);
        combo.setPrefWidth(130);
        combo.valueProperty().bindBidirectional(value);
        return combo;
    }
}

package io.sparkworkbench.ui.graph;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.Property;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;

/** The graph tab's small form controls, bound both ways to view-model properties. */
final class GraphFields {

    private GraphFields() {
    }

    /** An editable integer spinner; a typed number in range counts at once (not only on Enter), so a button takes what is shown. */
    static Spinner<Integer> integer(String id, int min, int max, IntegerProperty value) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max,
                Math.max(min, Math.min(max, value.get())));
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(95);
        @SuppressWarnings("unchecked")
        Property<Integer> boxed = (Property<Integer>) (Property<?>) value.asObject();
        factory.valueProperty().bindBidirectional(boxed);
        // asObject() is held only weakly by the binding: keep it reachable for as long as the spinner.
        spinner.getProperties().put("graph-bound-value", boxed);
        spinner.getEditor().textProperty().addListener((obs, old, text) -> {
            if (text.matches("\\d{1,9}")) {
                int typed = Integer.parseInt(text);
                if (typed >= min && typed <= max) {
                    factory.setValue(typed);
                }
            }
        });
        return spinner;
    }
}

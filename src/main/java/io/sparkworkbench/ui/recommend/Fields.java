package io.sparkworkbench.ui.recommend;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;

/** The recommendation tab's small form controls, bound both ways to view-model properties. */
final class Fields {

    private Fields() {
    }

    /**
     * An editable integer spinner; a typed value counts as soon as it is a number in range (not only on Enter),
     * so Train takes what the user sees.
     */
    static Spinner<Integer> integer(String id, int min, int max, ObjectProperty<Integer> value) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max,
                value.get() == null ? min : value.get());
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.setMinWidth(80);
        factory.valueProperty().bindBidirectional(value);
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

    static TextField text(String id, int columns, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}

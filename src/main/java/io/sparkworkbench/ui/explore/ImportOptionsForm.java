package io.sparkworkbench.ui.explore;

import io.sparkworkbench.engine.files.ParseMode;
import io.sparkworkbench.engine.files.SourceFormat;
import io.sparkworkbench.ui.common.FormGrid;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/** The read options of the import dialog, bound to the model; text options are disabled for Parquet and ORC. */
final class ImportOptionsForm {

    private ImportOptionsForm() {
    }

    static GridPane create(ImportViewModel model) {
        GridPane grid = FormGrid.create();
        ChoiceBox<SourceFormat> format = new ChoiceBox<>(FXCollections.observableArrayList(SourceFormat.values()));
        format.setId("import-format");
        format.valueProperty().bindBidirectional(model.formatProperty());
        var notText = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.formatProperty().get() == null || !model.formatProperty().get().isText(), model.formatProperty());
        var notCsv = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.formatProperty().get() != SourceFormat.CSV, model.formatProperty());

        CheckBox header = check("import-header", "First line is a header", model.headerProperty());
        header.disableProperty().bind(notCsv);
        ComboBox<String> delimiter = editable("import-delimiter", model.delimiterProperty(), ",", ";", "\t", "|");
        delimiter.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return "\t".equals(value) ? "Tab" : value;
            }

            @Override
            public String fromString(String text) {
                return "Tab".equalsIgnoreCase(text) || "\\t".equals(text) ? "\t" : text;
            }
        });
        delimiter.disableProperty().bind(notCsv);
        TextField quote = text("import-quote", model.quoteProperty(), 4);
        quote.disableProperty().bind(notCsv);
        TextField escape = text("import-escape", model.escapeProperty(), 4);
        escape.disableProperty().bind(notCsv);
        ComboBox<String> encoding = editable("import-encoding", model.encodingProperty(),
                "UTF-8", "ISO-8859-1", "windows-1252", "UTF-16", "US-ASCII");
        encoding.disableProperty().bind(notText);
        CheckBox multiLine = check("import-multiline", "Multi-line records", model.multiLineProperty());
        multiLine.setTooltip(new Tooltip("CSV fields with quoted line breaks, or one JSON document (an array) instead of JSON Lines"));
        multiLine.disableProperty().bind(notText);
        TextField dateFormat = text("import-date-format", model.dateFormatProperty(), 12);
        dateFormat.setPromptText("yyyy-MM-dd");
        dateFormat.disableProperty().bind(notText);
        TextField timestampFormat = text("import-timestamp-format", model.timestampFormatProperty(), 12);
        timestampFormat.setPromptText("ISO 8601, or e.g. dd/MM/yyyy HH:mm");
        timestampFormat.disableProperty().bind(notText);
        TextField nullText = text("import-null-value", model.nullValueProperty(), 8);
        nullText.setPromptText("e.g. NULL or \\N");
        nullText.setTooltip(new Tooltip("Text that also means null; an empty field always does, a quoted \"\" is an empty string"));
        nullText.disableProperty().bind(notCsv);
        CheckBox infer = check("import-infer", "Infer column types", model.inferSchemaProperty());
        infer.setTooltip(new Tooltip("Off: every CSV column is text unless you set its type below"));
        infer.disableProperty().bind(notText);
        ChoiceBox<ParseMode> mode = new ChoiceBox<>(FXCollections.observableArrayList(ParseMode.values()));
        mode.setId("import-mode");
        mode.valueProperty().bindBidirectional(model.modeProperty());
        mode.disableProperty().bind(notText);
        mode.setTooltip(new Tooltip("""
                PERMISSIVE: keep malformed rows, their raw text in a _corrupt_record column
                DROPMALFORMED: leave malformed rows out (the import still counts them)
                FAILFAST: stop at the first malformed row"""));

        int row = 0;
        row = add(grid, row, "Format", format);
        row = add(grid, row, "", header);
        row = add(grid, row, "Delimiter", delimiter);
        row = add(grid, row, "Quote", quote);
        row = add(grid, row, "Escape", escape);
        row = add(grid, row, "Encoding", encoding);
        row = add(grid, row, "", multiLine);
        row = add(grid, row, "Date format", dateFormat);
        row = add(grid, row, "Timestamp format", timestampFormat);
        row = add(grid, row, "Null text", nullText);
        row = add(grid, row, "", infer);
        add(grid, row, "Malformed rows", mode);
        return grid;
    }

    private static int add(GridPane grid, int row, String label, Node field) {
        if (!label.isEmpty()) {
            grid.add(new Label(label), 0, row);
        }
        grid.add(field, 1, row);
        return row + 1;
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    private static TextField text(String id, StringProperty property, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static ComboBox<String> editable(String id, StringProperty property, String... choices) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(choices));
        box.setId(id);
        box.setEditable(true);
        box.valueProperty().bindBidirectional(property);
        return box;
    }
}

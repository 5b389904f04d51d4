package io.sparkworkbench.ui.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * A virtualized grid of plain values with typed column headers ("amount" over "decimal(12,2)"),
 * NULL shown distinctly from an empty string, numbers right-aligned, and sorting on the fetched rows.
 */
public final class ValueGrid extends TableView<List<Object>> {

    public static final String NULL_TEXT = "NULL";

    public ValueGrid() {
        setPlaceholder(new Label("No rows"));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        getStyleClass().add("value-grid");
        getSelectionModel().setCellSelectionEnabled(true);
        getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        javafx.scene.control.MenuItem copy = new javafx.scene.control.MenuItem("Copy");
        copy.setAccelerator(COPY);
        copy.setOnAction(e -> copyToClipboard(false, false));
        javafx.scene.control.MenuItem rows = new javafx.scene.control.MenuItem("Copy rows");
        rows.setOnAction(e -> copyToClipboard(true, false));
        javafx.scene.control.MenuItem withHeaders = new javafx.scene.control.MenuItem("Copy rows with headers");
        withHeaders.setOnAction(e -> copyToClipboard(true, true));
        setContextMenu(new javafx.scene.control.ContextMenu(copy, rows, withHeaders));
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copyToClipboard(false, false);
                e.consume();
            }
        });
    }

    private static final javafx.scene.input.KeyCombination COPY =
            javafx.scene.input.KeyCombination.keyCombination("Shortcut+C");

    /**
     * Puts the selection on the clipboard as tab-separated text (what spreadsheets paste): the selected
     * cells, or whole rows; NULL stays "NULL" so it is not mistaken for an empty string.
     */
    public void copyToClipboard(boolean wholeRows, boolean headers) {
        String text = selectionAsText(wholeRows, headers);
        if (!text.isEmpty()) {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        }
    }

    String selectionAsText(boolean wholeRows, boolean headers) {
        java.util.SortedMap<Integer, java.util.SortedSet<Integer>> cells = new java.util.TreeMap<>();
        for (javafx.scene.control.TablePosition<?, ?> pos : getSelectionModel().getSelectedCells()) {
            cells.computeIfAbsent(pos.getRow(), r -> new java.util.TreeSet<>()).add(Math.max(0, pos.getColumn()));
        }
        java.util.SortedSet<Integer> allColumns = new java.util.TreeSet<>();
        for (int c = 0; c < getColumns().size(); c++) {
            allColumns.add(c);
        }
        StringBuilder text = new StringBuilder();
        if (headers && !cells.isEmpty()) {
            text.append(String.join("\t", getColumns().stream().map(c -> c.getId().substring("col-".length())).toList()))
                    .append('\n');
        }
        cells.forEach((row, columns) -> {
            List<String> values = new ArrayList<>();
            for (int c : wholeRows ? allColumns : columns) {
                Object value = getItems().get(row).get(visibleIndexToModel(c));
                values.add(value == null ? NULL_TEXT : Formats.cell(value).replace('\t', ' ').replace('\n', ' '));
            }
            text.append(String.join("\t", values)).append('\n');
        });
        return text.toString();
    }

    /** Columns can be reordered by dragging: map a visible column back to its value in the row. */
    private int visibleIndexToModel(int visible) {
        Object index = getColumns().get(visible).getProperties().get(MODEL_INDEX);
        return index instanceof Integer i ? i : visible;
    }

    private static final String MODEL_INDEX = "valuegrid.modelIndex";

    /**
     * Replaces columns and rows; {@code names} and {@code types} have one entry per column. An observable
     * list is shown as it is, so rows added to it later (a fetched page) appear without another call.
     */
    public void show(List<String> names, List<String> types, List<List<Object>> rows) {
        List<TableColumn<List<Object>, Object>> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            columns.add(column(i, names.get(i), types.get(i)));
        }
        getColumns().setAll(columns);
        setItems(rows instanceof javafx.collections.ObservableList<List<Object>> live ? live
                : FXCollections.observableArrayList(rows));
    }

    public void clear() {
        getColumns().clear();
        getItems().clear();
    }

    private static TableColumn<List<Object>, Object> column(int index, String name, String type) {
        TableColumn<List<Object>, Object> column = new TableColumn<>();
        Label title = new Label(name);
        title.getStyleClass().add("grid-column-name");
        Label typeLabel = new Label(type);
        typeLabel.getStyleClass().add("grid-column-type");
        VBox header = new VBox(title, typeLabel);
        header.setAlignment(Pos.CENTER);
        column.setGraphic(header);
        column.setId("col-" + name);
        column.getProperties().put(MODEL_INDEX, index);
        column.setUserData(type);
        column.setPrefWidth(widthFor(name, type));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().get(index)));
        column.setCellFactory(c -> new ValueCell());
        column.setComparator(NULLS_FIRST);
        return column;
    }

    /** Wide enough for the header and for a typical value of the type (timestamps are long). */
    private static double widthFor(String name, String type) {
        int chars = Math.max(name.length(), type.length());
        if (type.startsWith("timestamp")) {
            chars = Math.max(chars, 19);
        } else if (type.equals("date") || type.startsWith("decimal")) {
            chars = Math.max(chars, 11);
        } else if (type.equals("string")) {
            chars = Math.max(chars, 14);
        }
        return Math.min(320, 9.5 * chars + 30);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Comparator<Object> NULLS_FIRST = (a, b) -> {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
            return ca.compareTo(b);
        }
        return Formats.cell(a).compareTo(Formats.cell(b));
    };

    private static final class ValueCell extends TableCell<List<Object>, Object> {
        @Override
        public void updateIndex(int index) {
            super.updateIndex(index);
            // A cell moved out of the rows (index -1) keeps its last item otherwise: it must not look like a value.
            if (index < 0) {
                getStyleClass().removeAll("null-cell", "number-cell");
                setText(null);
            }
        }

        @Override
        protected void updateItem(Object value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().removeAll("null-cell", "number-cell");
            // Cells the table keeps for measuring (index -1) get items too; they show no row.
            if (empty || getIndex() < 0) {
                setText(null);
                return;
            }
            if (value == null) {
                setText(NULL_TEXT);
                getStyleClass().add("null-cell");
                setAlignment(Pos.CENTER_LEFT);
            } else {
                setText(Formats.cell(value));
                boolean number = value instanceof Number;
                if (number) {
                    getStyleClass().add("number-cell");
                }
                setAlignment(number ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            }
        }
    }
}

package io.sparkworkbench.ui.common;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Read-only table columns over records: text shown, value sorted, numbers right-aligned. */
public final class Columns {

    private Columns() {
    }

    public static <T> TableColumn<T, String> text(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(110);
        return column;
    }

    /** A numeric column: sorted by {@code key}, shown as {@code format}, aligned right. */
    public static <T, N extends Comparable<N>> TableColumn<T, N> number(String title, Function<T, N> key,
                                                                        Function<N, String> format) {
        TableColumn<T, N> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(key.apply(c.getValue())));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(N item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        column.getStyleClass().add("number-column");
        column.setPrefWidth(80);
        return column;
    }
}

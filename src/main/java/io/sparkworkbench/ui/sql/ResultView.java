package io.sparkworkbench.ui.sql;

import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.ui.common.Formats;
import io.sparkworkbench.ui.common.ValueGrid;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** One result tab: the grid, and a footer with the row count, "more available" and Fetch next. */
final class ResultView extends BorderPane {

    ResultView(SqlResultModel model) {
        ValueGrid grid = new ValueGrid();
        grid.getStyleClass().add("sql-result-grid");
        Label status = new Label();
        status.getStyleClass().add("sql-result-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        model.errorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                status.getStyleClass().add("form-error");
                grid.setPlaceholder(new Label("The statement failed: see the message below."));
            }
        });
        Button next = new Button("Fetch next " + Formats.count(model.cap()));
        next.getStyleClass().add("sql-fetch-next");
        next.visibleProperty().bind(model.moreProperty());
        next.managedProperty().bind(next.visibleProperty());
        next.disableProperty().bind(model.runningProperty());
        next.setOnAction(e -> model.fetchNext());

        model.columnsProperty().addListener((obs, old, columns) -> grid.show(
                columns.stream().map(ColumnInfo::name).toList(), columns.stream().map(ColumnInfo::type).toList(),
                model.rows()));
        // Fetched pages are appended to the same list the grid shows.
        model.rows().addListener((ListChangeListener<java.util.List<Object>>) c -> {
            if (grid.getItems() != model.rows()) {
                grid.setItems(model.rows());
            }
        });
        HBox footer = new HBox(10, status, next);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(4, 6, 4, 6));
        setCenter(grid);
        setBottom(footer);
    }
}

package io.sparkworkbench.ui.sql;

import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.ui.common.Formats;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The query history, newest first; double-click (or Enter) opens a statement in a new editor tab. */
final class HistoryPanel extends BorderPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d HH:mm:ss").withZone(ZoneId.systemDefault());

    HistoryPanel(SqlViewModel model, Consumer<String> open) {
        ListView<HistoryEntry> list = new ListView<>(model.history());
        list.setId("sql-history");
        list.setPlaceholder(new Label("Statements you run appear here"));
        list.setCellFactory(v -> new ListCell<>() {
            {
                // Long statements shrink with an ellipsis instead of widening the list.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(HistoryEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                if (empty || entry == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                Label sql = new Label(QueryService.oneLine(entry.statement(), 80));
                sql.setMinWidth(0);
                String outcome = switch (entry.outcome()) {
                    case OK -> Formats.count(entry.rows()) + " rows";
                    case ERROR -> "error";
                    case STOPPED -> "stopped";
                };
                Label meta = new Label(TIME.format(entry.started()) + " · " + Formats.elapsed(entry.durationMs()) + " · " + outcome);
                meta.getStyleClass().add(entry.outcome() == HistoryEntry.Outcome.ERROR ? "form-error" : "form-hint");
                setGraphic(new VBox(1, sql, meta));
                setTooltip(new Tooltip(entry.statement() + (entry.message().isEmpty() ? "" : "\n\n" + entry.message())));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem().statement());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem().statement());
            }
        });
        Label title = new Label("History");
        title.getStyleClass().add("section-title");
        setTop(title);
        setCenter(list);
        setPadding(new Insets(4));
        setMinWidth(200);
    }
}

package io.sparkworkbench.ui.sql;

import io.sparkworkbench.engine.sql.CatalogSnapshot;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;

/**
 * The completion list under the caret: arrows move, Enter or Tab inserts, Escape closes; it follows
 * what is typed while open. Suggestions come from the last catalog snapshot, so it opens at once.
 */
final class CompletionPopup {

    private final CodeArea area;
    private final Supplier<CatalogSnapshot> catalog;
    private final Popup popup = new Popup();
    private final ListView<SqlCompletion.Suggestion> list = new ListView<>();
    private SqlCompletion.Result current;
    private int pendingCaret = -1;

    /** @param catalogChanged fires when a newer snapshot arrives, so a pending request can be answered */
    CompletionPopup(CodeArea area, Supplier<CatalogSnapshot> catalog, javafx.beans.Observable catalogChanged) {
        this.area = area;
        this.catalog = catalog;
        catalogChanged.addListener(o -> {
            if (popup.isShowing() || pendingCaret == area.getCaretPosition()) {
                show();
            }
        });
        list.setId("sql-completion");
        list.setPrefSize(380, 220);
        list.setCellFactory(v -> new SuggestionCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                accept();
            }
        });
        // Key presses normally reach the editor (the popup takes no focus), but where the window system
        // hands focus to the popup they arrive here: the same keys do the same things.
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        popup.getContent().add(list);
        popup.setAutoHide(true);
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        area.textProperty().addListener((obs, old, text) -> {
            if (popup.isShowing()) {
                update();
            }
        });
        area.caretPositionProperty().addListener((obs, old, caret) -> {
            if (popup.isShowing() && current != null && (caret < current.from() || caret > current.to() + 1)) {
                popup.hide();
            }
        });
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    void show() {
        pendingCaret = area.getCaretPosition();
        update();
        if (current == null || current.suggestions().isEmpty() || area.getScene() == null) {
            return;
        }
        Bounds caret = area.getCaretBounds().orElse(null);
        if (caret == null) {
            return;
        }
        if (!popup.isShowing()) {
            popup.show(area, caret.getMinX(), caret.getMaxY() + 2);
        }
    }

    private void update() {
        current = SqlCompletion.complete(area.getText(), area.getCaretPosition(), catalog.get());
        if (current.suggestions().isEmpty()) {
            popup.hide();
            return;
        }
        list.getItems().setAll(current.suggestions());
        list.getSelectionModel().selectFirst();
        list.scrollTo(0);
    }

    private void onKey(KeyEvent e) {
        if (!popup.isShowing()) {
            return;
        }
        switch (e.getCode()) {
            case UP -> move(-1);
            case DOWN -> move(1);
            case PAGE_UP -> move(-8);
            case PAGE_DOWN -> move(8);
            case ENTER, TAB -> accept();
            case ESCAPE -> {
                pendingCaret = -1;
                popup.hide();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void move(int delta) {
        int size = list.getItems().size();
        int index = Math.max(0, Math.min(size - 1, list.getSelectionModel().getSelectedIndex() + delta));
        list.getSelectionModel().select(index);
        list.scrollTo(Math.max(0, index - 3));
    }

    private void accept() {
        SqlCompletion.Suggestion chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null && current != null) {
            pendingCaret = -1;
            popup.hide();
            area.replaceText(current.from(), current.to(), chosen.insertText());
        }
    }

    private static final class SuggestionCell extends ListCell<SqlCompletion.Suggestion> {
        @Override
        protected void updateItem(SqlCompletion.Suggestion s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(s.text());
            Label kind = new Label(s.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + (s.detail().isEmpty() ? "" : " · " + s.detail()));
            kind.getStyleClass().add("form-hint");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            setGraphic(new HBox(8, name, spacer, kind));
        }
    }
}

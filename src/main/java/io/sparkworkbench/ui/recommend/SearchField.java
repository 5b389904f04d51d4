package io.sparkworkbench.ui.recommend;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;

/**
 * A type-ahead box: each key stroke asks for suggestions (answered from memory by the view model), shown in a
 * list under the field; Down/Up move, Enter or a click chooses, Escape closes. Enter without a list chooses the
 * first suggestion, so typing an id and Enter opens it.
 */
final class SearchField<T> extends TextField {

    private final Popup popup = new Popup();
    private final ListView<T> list;
    private final Consumer<T> chosen;
    private boolean choosing;

    SearchField(String id, String prompt, ObservableList<T> suggestions, Consumer<String> onText, Function<T, String> label,
                Consumer<T> chosen) {
        this.chosen = chosen;
        setId(id);
        setPromptText(prompt);
        list = new ListView<>(suggestions);
        list.setId(id + "-suggestions");
        list.setPrefSize(420, 260);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                choose(list.getSelectionModel().getSelectedItem());
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        popup.getContent().add(list);
        popup.setAutoHide(true);
        textProperty().addListener((obs, old, text) -> {
            if (!choosing) {
                onText.accept(text);
            }
        });
        suggestions.addListener((ListChangeListener<T>) c -> update(suggestions));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !list.isFocused()) {
                popup.hide();
            }
        });
    }

    private void update(ObservableList<T> suggestions) {
        if (suggestions.isEmpty() || !isFocused() || getScene() == null || choosing) {
            popup.hide();
            return;
        }
        list.getSelectionModel().selectFirst();
        list.scrollTo(0);
        if (!popup.isShowing()) {
            var bounds = localToScreen(getBoundsInLocal());
            if (bounds != null) {
                list.setPrefWidth(Math.max(560, getWidth()));
                popup.show(this, bounds.getMinX(), bounds.getMaxY() + 1);
            }
        }
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> move(1);
            case UP -> move(-1);
            case ENTER -> {
                T selected = list.getSelectionModel().getSelectedItem();
                choose(selected != null ? selected : list.getItems().isEmpty() ? null : list.getItems().get(0));
            }
            case ESCAPE -> popup.hide();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void move(int delta) {
        int size = list.getItems().size();
        if (size == 0) {
            return;
        }
        int index = Math.max(0, Math.min(size - 1, list.getSelectionModel().getSelectedIndex() + delta));
        list.getSelectionModel().select(index);
        list.scrollTo(Math.max(0, index - 3));
    }

    private void choose(T item) {
        if (item == null) {
            return;
        }
        popup.hide();
        chosen.accept(item);
    }

    boolean isShowingSuggestions() {
        return popup.isShowing();
    }

    ListView<T> suggestionList() {
        return list;
    }
}

package io.sparkworkbench.ui.sql;

import io.sparkworkbench.engine.sql.CatalogSnapshot;
import io.sparkworkbench.engine.sql.SqlError;
import java.time.Duration;
import java.util.Collections;
import java.util.function.Supplier;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * A SQL code area bound to one {@link SqlDocument}: line numbers, colouring (recomputed 80 ms after
 * typing stops), Ctrl+/ to comment lines, and the failing spot of an error underlined.
 */
final class SqlEditor extends StackPane {

    static final KeyCombination RUN = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination RUN_SCRIPT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination COMMENT = new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination COMPLETE = new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN);

    private final CodeArea area = new CodeArea();
    private final SqlDocument document;

    private final CompletionPopup completion;

    /**
     * @param catalog        the last catalog snapshot, for completion
     * @param refreshCatalog asks for a fresh snapshot in the background (shown when it arrives)
     * @param refreshCatalogIfStale the same, unless the snapshot is only seconds old (typing a dot)
     */
    SqlEditor(SqlDocument document, Runnable run, Runnable runScript, javafx.beans.value.ObservableValue<CatalogSnapshot> catalog,
              Runnable refreshCatalog, Runnable refreshCatalogIfStale) {
        this.document = document;
        this.completion = new CompletionPopup(area, catalog::getValue, catalog);
        area.getStyleClass().add("sql-editor");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.replaceText(document.text());
        area.moveTo(Math.min(document.caret(), area.getLength()));
        highlight();
        area.multiPlainChanges().successionEnds(Duration.ofMillis(80)).subscribe(change -> highlight());
        area.textProperty().addListener((obs, old, text) -> document.textProperty().set(text));
        area.caretPositionProperty().addListener((obs, old, caret) -> document.caretProperty().set(caret));
        area.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (".".equals(e.getCharacter())) {
                // After the dot is in the text: offer that table's columns.
                refreshCatalogIfStale.run();
                javafx.application.Platform.runLater(completion::show);
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (completion.isShowing() && !COMPLETE.match(e)) {
                return;
            }
            if (COMPLETE.match(e)) {
                refreshCatalog.run();
                completion.show();
                e.consume();
            } else if (RUN_SCRIPT.match(e)) {
                runScript.run();
                e.consume();
            } else if (RUN.match(e)) {
                run.run();
                e.consume();
            } else if (COMMENT.match(e)) {
                toggleComment();
                e.consume();
            }
        });
        getChildren().add(new VirtualizedScrollPane<>(area));
    }

    CodeArea area() {
        return area;
    }

    SqlDocument document() {
        return document;
    }

    private void highlight() {
        area.setStyleSpans(0, SqlHighlighter.compute(area.getText()));
    }

    /** Underlines the failing span and puts the caret there; the next edit clears it. */
    /** Opens completion at the caret (also what Ctrl+Space does). */
    void complete() {
        completion.show();
    }

    void showError(SqlError error) {
        if (!error.hasPosition() || error.offset() >= area.getLength()) {
            return;
        }
        int end = Math.min(area.getLength(), error.offset() + Math.max(1, error.length()));
        area.setStyle(error.offset(), end, Collections.singleton("sql-error"));
        area.moveTo(error.offset());
        area.requestFollowCaret();
    }

    /** Adds "-- " to every selected line, or removes it when all of them already have it. */
    void toggleComment() {
        int from = area.getCaretSelectionBind().getStartParagraphIndex();
        int to = area.getCaretSelectionBind().getEndParagraphIndex();
        boolean allCommented = true;
        for (int p = from; p <= to; p++) {
            String line = area.getParagraph(p).getText();
            if (!line.isBlank() && !line.stripLeading().startsWith("--")) {
                allCommented = false;
            }
        }
        for (int p = from; p <= to; p++) {
            String line = area.getParagraph(p).getText();
            int start = area.getAbsolutePosition(p, 0);
            if (allCommented) {
                int at = line.indexOf("--");
                if (at >= 0) {
                    int len = line.startsWith("-- ", at) ? 3 : 2;
                    area.deleteText(start + at, start + at + len);
                }
            } else if (!line.isBlank()) {
                area.insertText(start, "-- ");
            }
        }
    }
}

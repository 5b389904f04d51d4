package io.sparkworkbench.ui.sql;

import io.sparkworkbench.engine.sql.CatalogSnapshot;
import io.sparkworkbench.engine.sql.SqlError;
import java.time.Duration;
import java.util.Collections;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * A SQL code area bound to one {@link SqlDocument}: line numbers, colouring (recomputed 80 ms after
 * typing stops), Ctrl+/ to comment lines, the failing spot of an error underlined, find/replace
 * (Ctrl+F, Ctrl+H), bracket matching and Format SQL (Ctrl+Shift+F).
 *
 * <p>Find matches and bracket marks are drawn by {@link EditorMarks} on top of the colouring.
 */
final class SqlEditor extends StackPane {

    static final KeyCombination RUN = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination RUN_SCRIPT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination COMMENT = new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination COMPLETE = new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REPLACE = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FORMAT = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final CodeArea area = new CodeArea();
    private final SqlDocument document;

    private final CompletionPopup completion;
    private final FindBar findBar;
    private final EditorMarks marks = new EditorMarks(area);

    /**
     * @param catalog        the last catalog snapshot, for completion
     * @param refreshCatalog asks for a fresh snapshot in the background (shown when it arrives)
     * @param refreshCatalogIfStale the same, unless the snapshot is only seconds old (typing a dot)
     */
    SqlEditor(SqlDocument document, Runnable run, Runnable runScript, javafx.beans.value.ObservableValue<CatalogSnapshot> catalog,
              Runnable refreshCatalog, Runnable refreshCatalogIfStale) {
        this.document = document;
        this.completion = new CompletionPopup(area, catalog::getValue, catalog);
        this.findBar = new FindBar(area, marks::showFindMatches);
        area.getStyleClass().add("sql-editor");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.replaceText(document.text());
        area.moveTo(Math.min(document.caret(), area.getLength()));
        highlight();
        area.multiPlainChanges().successionEnds(Duration.ofMillis(80)).subscribe(change -> highlight());
        area.textProperty().addListener((obs, old, text) -> document.textProperty().set(text));
        area.caretPositionProperty().addListener((obs, old, caret) -> {
            document.caretProperty().set(caret);
            marks.queueBrackets();
        });
        area.selectionProperty().addListener((obs, old, sel) -> marks.queueBrackets());
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
            } else if (FORMAT.match(e)) {
                formatSql();
                e.consume();
            } else if (FIND.match(e) || REPLACE.match(e)) {
                findBar.open(REPLACE.match(e));
                e.consume();
            } else if (e.getCode() == KeyCode.F3 && findBar.isOpen()) {
                if (e.isShiftDown()) {
                    findBar.previous();
                } else {
                    findBar.next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && findBar.isOpen()) {
                findBar.close();
                e.consume();
            }
        });
        area.setContextMenu(contextMenu());
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(new VBox(findBar, scroll));
    }

    /** The editor's own commands with their keys: the shell's shortcut list only covers the shell. */
    private ContextMenu contextMenu() {
        return new ContextMenu(
                menuItem("Find…", FIND, () -> findBar.open(false)),
                menuItem("Replace…", REPLACE, () -> findBar.open(true)),
                menuItem("Format SQL", FORMAT, this::formatSql),
                menuItem("Toggle comment", COMMENT, this::toggleComment),
                menuItem("Complete", COMPLETE, this::complete));
    }

    private static MenuItem menuItem(String text, KeyCombination keys, Runnable action) {
        // The keys go in the label, not setAccelerator: the key filter above already handles them.
        MenuItem item = new MenuItem(text + "    " + keys.getDisplayText());
        item.setOnAction(e -> action.run());
        return item;
    }

    CodeArea area() {
        return area;
    }

    SqlDocument document() {
        return document;
    }

    FindBar findBar() {
        return findBar;
    }

    private void highlight() {
        area.setStyleSpans(0, SqlHighlighter.compute(area.getText()));
        // Recolouring replaced every style: put the find matches and bracket marks back on top.
        findBar.refresh();
        marks.recoloured();
    }

    /** Formats the selection, or the whole text when nothing is selected, as one undoable edit. */
    void formatSql() {
        IndexRange sel = area.getSelection();
        boolean whole = sel.getLength() == 0;
        int from = whole ? 0 : sel.getStart();
        int to = whole ? area.getLength() : sel.getEnd();
        String before = area.getText(from, to);
        String after = SqlFormatter.format(before);
        if (after.equals(before)) {
            return;
        }
        int caret = area.getCaretPosition();
        area.getUndoManager().preventMerge();
        area.replaceText(from, to, after);
        area.getUndoManager().preventMerge();
        if (whole) {
            area.moveTo(Math.min(caret, area.getLength()));
        } else {
            area.selectRange(from, from + after.length());
        }
        highlight();
    }

    /** Opens completion at the caret (also what Ctrl+Space does). */
    void complete() {
        completion.show();
    }

    /** Underlines the failing span and puts the caret there; the next edit clears it. */

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

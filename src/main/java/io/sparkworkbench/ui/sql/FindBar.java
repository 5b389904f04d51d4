package io.sparkworkbench.ui.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

/**
 * The find (Ctrl+F) and replace (Ctrl+H) bar above the SQL editor. It finds plain text, not regular
 * expressions; every match is shown through {@code showMatches} and the current one is the editor's
 * selection, so "n of m" is always about what the user sees selected.
 */
final class FindBar extends VBox {

    record Hit(int start, int end) {
    }

    private final CodeArea area;
    private final Consumer<List<Hit>> showMatches;
    private final TextField find = new TextField();
    private final CheckBox matchCase = new CheckBox("Match case");
    private final Label count = new Label();
    private final TextField replace = new TextField();
    private final HBox replaceRow;
    private List<Hit> hits = List.of();

    /** @param showMatches styles all matches in the editor (an empty list clears them) */
    FindBar(CodeArea area, Consumer<List<Hit>> showMatches) {
        this.area = area;
        this.showMatches = showMatches;
        getStyleClass().add("sql-find-bar");
        find.setId("sql-find-field");
        find.setPromptText("Find");
        find.setTooltip(new Tooltip("Enter or F3: next · Shift+Enter or Shift+F3: previous · Esc: close"));
        HBox.setHgrow(find, Priority.ALWAYS);
        matchCase.setId("sql-find-case");
        count.setId("sql-find-count");
        count.getStyleClass().add("sql-find-count");
        count.setMinWidth(80);
        Button previous = button("↑", "Previous match (Shift+Enter)", this::previous);
        Button next = button("↓", "Next match (Enter)", this::next);
        Button close = button("✕", "Close (Esc)", this::close);
        HBox findRow = new HBox(6, find, matchCase, count, previous, next, close);
        findRow.setAlignment(Pos.CENTER_LEFT);

        replace.setId("sql-replace-field");
        replace.setPromptText("Replace with");
        HBox.setHgrow(replace, Priority.ALWAYS);
        Button one = button("Replace", "Replace this match and find the next (Enter)", this::replaceCurrent);
        one.setId("sql-replace");
        Button all = button("Replace all", "Replace every match, as one undoable edit", this::replaceAll);
        all.setId("sql-replace-all");
        replaceRow = new HBox(6, replace, one, all);
        replaceRow.setAlignment(Pos.CENTER_LEFT);

        setSpacing(4);
        getChildren().addAll(findRow, replaceRow);
        setOpen(false, false);

        // Typing narrows the search from where the current match starts, as browsers do.
        find.textProperty().addListener((obs, old, text) -> search(area.getSelection().getStart()));
        matchCase.selectedProperty().addListener((obs, old, on) -> search(area.getSelection().getStart()));
        area.selectionProperty().addListener((obs, old, sel) -> updateCount());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /** Plain-text, non-overlapping matches of {@code query} in {@code text}. */
    static List<Hit> matches(String text, String query, boolean matchCase) {
        List<Hit> found = new ArrayList<>();
        if (query.isEmpty()) {
            return found;
        }
        for (int i = 0; i + query.length() <= text.length(); ) {
            if (text.regionMatches(!matchCase, i, query, 0, query.length())) {
                found.add(new Hit(i, i + query.length()));
                i += query.length();
            } else {
                i++;
            }
        }
        return found;
    }

    boolean isOpen() {
        return isVisible();
    }

    /** Shows the bar (with the replace row when asked), seeded with a one-line selection. */
    void open(boolean withReplace) {
        String selected = area.getSelectedText();
        setOpen(true, withReplace);
        if (!selected.isEmpty() && selected.indexOf('\n') < 0) {
            find.setText(selected);
        }
        find.requestFocus();
        find.selectAll();
        refresh();
    }

    void close() {
        setOpen(false, false);
        hits = List.of();
        showMatches.accept(hits);
        area.requestFocus();
    }

    /** Recomputes the matches for the current text (after an edit) without moving the selection. */
    void refresh() {
        if (!isOpen()) {
            return;
        }
        hits = matches(area.getText(), find.getText(), matchCase.isSelected());
        showMatches.accept(hits);
        updateCount();
    }

    void next() {
        refresh();
        select(firstFrom(area.getSelection().getLength() > 0 ? area.getSelection().getStart() + 1
                : area.getCaretPosition()));
    }

    void previous() {
        refresh();
        int before = area.getSelection().getStart();
        Hit last = hits.isEmpty() ? null : hits.get(hits.size() - 1); // wraps to the end
        for (Hit h : hits) {
            if (h.start() < before) {
                last = h;
            }
        }
        select(last);
    }

    private void search(int from) {
        refresh();
        select(firstFrom(from));
    }

    /** The first match starting at or after {@code from}, wrapping to the top. */
    private Hit firstFrom(int from) {
        return hits.stream().filter(h -> h.start() >= from).findFirst()
                .orElse(hits.isEmpty() ? null : hits.get(0));
    }

    private void select(Hit hit) {
        if (hit != null) {
            area.selectRange(hit.start(), hit.end());
            area.requestFollowCaret();
        }
        updateCount();
    }

    private int currentIndex() {
        IndexRange sel = area.getSelection();
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).start() == sel.getStart() && hits.get(i).end() == sel.getEnd()) {
                return i;
            }
        }
        return -1;
    }

    private void updateCount() {
        if (!isOpen()) {
            return;
        }
        int current = currentIndex();
        count.setText(find.getText().isEmpty() ? "" : hits.isEmpty() ? "No results"
                : current >= 0 ? (current + 1) + " of " + hits.size() : hits.size() + " found");
    }

    private void replaceCurrent() {
        refresh();
        if (currentIndex() >= 0) {
            int start = area.getSelection().getStart();
            area.getUndoManager().preventMerge();
            area.replaceSelection(replace.getText());
            area.getUndoManager().preventMerge();
            refresh();
            select(firstFrom(start + replace.getText().length()));
        } else {
            next();
        }
    }

    /** One replaceText over the span from the first to the last match: a single step to undo. */
    private void replaceAll() {
        refresh();
        if (hits.isEmpty()) {
            return;
        }
        String text = area.getText();
        int from = hits.get(0).start();
        int to = hits.get(hits.size() - 1).end();
        StringBuilder replaced = new StringBuilder();
        int last = from;
        for (Hit h : hits) {
            replaced.append(text, last, h.start()).append(replace.getText());
            last = h.end();
        }
        area.getUndoManager().preventMerge();
        area.replaceText(from, to, replaced.toString());
        area.getUndoManager().preventMerge();
        area.moveTo(from + replaced.length());
        refresh();
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            close();
        } else if (e.getCode() == KeyCode.ENTER && e.getTarget() == replace) {
            replaceCurrent();
        } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F3) {
            if (e.isShiftDown()) {
                previous();
            } else {
                next();
            }
        } else if (SqlEditor.FIND.match(e) || SqlEditor.REPLACE.match(e)) {
            open(SqlEditor.REPLACE.match(e) || replaceRow.isVisible());
        } else {
            return;
        }
        e.consume();
    }

    private void setOpen(boolean open, boolean withReplace) {
        setVisible(open);
        setManaged(open);
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
    }

    private static Button button(String text, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tooltip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}

package io.sparkworkbench.ui.sql;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Find matches and bracket marks in the SQL editor. They are extra style classes merged into whatever
 * style a character has (colouring, the error underline), so they never erase it; the colouring
 * replaces all styles, so the editor calls {@link #recoloured()} after each recolouring to put them back.
 */
final class EditorMarks {

    private static final String FIND_MATCH = "sql-find-match";
    private static final String BRACKET = "sql-bracket";
    private static final String BRACKET_UNMATCHED = "sql-bracket-unmatched";

    private final CodeArea area;
    /** Offsets that currently carry a bracket style, to take it off when the caret moves on. */
    private int[] bracketMarks = {};
    private boolean bracketsQueued;

    EditorMarks(CodeArea area) {
        this.area = area;
    }

    /** The colouring has just replaced every style: the old bracket marks are gone with it. */
    void recoloured() {
        bracketMarks = new int[0];
        markBrackets();
    }

    /** Marks exactly these ranges as find matches (an empty list clears them), in one style update. */
    void showFindMatches(List<FindBar.Hit> hits) {
        int length = area.getLength();
        if (length == 0) {
            return;
        }
        StyleSpansBuilder<Collection<String>> overlay = new StyleSpansBuilder<>();
        int last = 0;
        for (FindBar.Hit hit : hits) {
            overlay.add(Collections.emptyList(), hit.start() - last);
            overlay.add(Collections.singleton(FIND_MATCH), hit.end() - hit.start());
            last = hit.end();
        }
        overlay.add(Collections.emptyList(), length - last);
        StyleSpans<Collection<String>> merged = area.getStyleSpans(0, length)
                .mapStyles(s -> without(s, FIND_MATCH))
                .overlay(overlay.create(), (style, match) -> match.isEmpty() ? style : with(style, FIND_MATCH));
        area.setStyleSpans(0, merged);
    }

    /** Bracket marks follow the caret; styling from inside a caret change is deferred to be safe. */
    void queueBrackets() {
        if (!bracketsQueued) {
            bracketsQueued = true;
            Platform.runLater(() -> {
                bracketsQueued = false;
                markBrackets();
            });
        }
    }

    private void markBrackets() {
        for (int at : bracketMarks) {
            restyleChar(at, s -> without(without(s, BRACKET), BRACKET_UNMATCHED));
        }
        bracketMarks = new int[0];
        if (area.getSelection().getLength() > 0) {
            return;
        }
        BracketMatcher.Match match = BracketMatcher.find(area.getText(), area.getCaretPosition());
        if (match == null) {
            return;
        }
        if (match.matched()) {
            bracketMarks = new int[] {match.bracket(), match.match()};
            for (int at : bracketMarks) {
                restyleChar(at, s -> with(s, BRACKET));
            }
        } else {
            bracketMarks = new int[] {match.bracket()};
            restyleChar(match.bracket(), s -> with(s, BRACKET_UNMATCHED));
        }
    }

    private void restyleChar(int at, UnaryOperator<Collection<String>> change) {
        if (at >= 0 && at < area.getLength()) {
            area.setStyle(at, at + 1, change.apply(area.getStyleOfChar(at)));
        }
    }

    private static Collection<String> with(Collection<String> style, String styleClass) {
        if (style.contains(styleClass)) {
            return style;
        }
        Set<String> result = new LinkedHashSet<>(style);
        result.add(styleClass);
        return result;
    }

    private static Collection<String> without(Collection<String> style, String styleClass) {
        if (!style.contains(styleClass)) {
            return style;
        }
        Set<String> result = new LinkedHashSet<>(style);
        result.remove(styleClass);
        return result;
    }

}

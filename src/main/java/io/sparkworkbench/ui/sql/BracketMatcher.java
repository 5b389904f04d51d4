package io.sparkworkbench.ui.sql;

/**
 * Finds the bracket next to the caret and its partner, ignoring brackets inside strings, `quoted`
 * identifiers and comments (a ")" in a string literal must not pair with real code).
 */
final class BracketMatcher {

    private static final String OPEN = "([";
    private static final String CLOSE = ")]";

    /**
     * @param bracket offset of the bracket next to the caret
     * @param match   offset of its partner, or -1 when it has none
     */
    record Match(int bracket, int match) {
        boolean matched() {
            return match >= 0;
        }
    }

    private BracketMatcher() {
    }

    /**
     * The bracket just before the caret wins (the one just typed or stepped over), else the one just
     * after it; null when neither is a bracket in code.
     */
    static Match find(String text, int caret) {
        boolean[] code = null;
        for (int at : new int[] {caret - 1, caret}) {
            if (at < 0 || at >= text.length() || !isBracket(text.charAt(at))) {
                continue;
            }
            if (code == null) {
                code = SqlTokens.codeMask(text);
            }
            if (code[at]) {
                return new Match(at, partner(text, code, at));
            }
        }
        return null;
    }

    private static boolean isBracket(char c) {
        return OPEN.indexOf(c) >= 0 || CLOSE.indexOf(c) >= 0;
    }

    /** Counts only the same kind of bracket, so "( ] )" still pairs the round ones. */
    private static int partner(String text, boolean[] code, int at) {
        char c = text.charAt(at);
        int open = OPEN.indexOf(c);
        char self = c;
        char other = open >= 0 ? CLOSE.charAt(open) : OPEN.charAt(CLOSE.indexOf(c));
        int step = open >= 0 ? 1 : -1;
        int depth = 0;
        for (int i = at + step; i >= 0 && i < text.length(); i += step) {
            if (!code[i]) {
                continue;
            }
            char d = text.charAt(i);
            if (d == self) {
                depth++;
            } else if (d == other) {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }
}

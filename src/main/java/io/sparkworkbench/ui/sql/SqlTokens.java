package io.sparkworkbench.ui.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits SQL into tokens that cover the text exactly, so tools that rewrite or scan it (the formatter,
 * bracket matching) can leave strings, `quoted` identifiers and comments alone. Same literal rules as
 * {@link SqlHighlighter}; an unterminated literal runs to the end of the text.
 */
final class SqlTokens {

    enum Kind { COMMENT, STRING, QUOTED, WORD, NUMBER, SPACE, PUNCT }

    record Token(Kind kind, String text, int start) {
        int end() {
            return start + text.length();
        }

        boolean isLineComment() {
            return kind == Kind.COMMENT && text.startsWith("--");
        }
    }

    // Order matters: comments before the '-' and '/' punctuation, numbers before words so "1e5" or
    // "1FROM" stay one token, and words are Unicode so an accented identifier is never split.
    private static final Pattern TOKEN = Pattern.compile(
            "(?<COMMENT>--[^\\n]*|/\\*(?s:.*?)(?:\\*/|\\z))"
                    + "|(?<STRING>'(?:[^'\\\\]|\\\\.)*(?:'|\\z)|\"(?:[^\"\\\\]|\\\\.)*(?:\"|\\z))"
                    + "|(?<QUOTED>`[^`]*(?:`|\\z))"
                    + "|(?<SPACE>\\s+)"
                    + "|(?<NUMBER>\\d[\\p{L}\\p{N}_]*(?:\\.\\d[\\p{L}\\p{N}_]*)?)"
                    + "|(?<WORD>[\\p{L}_][\\p{L}\\p{N}_]*)"
                    + "|(?<PUNCT>(?s:.))");

    private SqlTokens() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int at = 0;
        while (at < text.length() && m.find(at)) {
            tokens.add(new Token(kindOf(m), m.group(), m.start()));
            at = m.end();
        }
        return tokens;
    }

    /** {@code code[i]} is false where character i is inside a string, quoted identifier or comment. */
    static boolean[] codeMask(String text) {
        boolean[] code = new boolean[text.length()];
        java.util.Arrays.fill(code, true);
        for (Token t : tokenize(text)) {
            if (t.kind() == Kind.COMMENT || t.kind() == Kind.STRING || t.kind() == Kind.QUOTED) {
                java.util.Arrays.fill(code, t.start(), t.end(), false);
            }
        }
        return code;
    }

    private static Kind kindOf(Matcher m) {
        for (Kind kind : Kind.values()) {
            if (m.group(kind.name()) != null) {
                return kind;
            }
        }
        throw new IllegalStateException("unmatched token at " + m.start());
    }
}

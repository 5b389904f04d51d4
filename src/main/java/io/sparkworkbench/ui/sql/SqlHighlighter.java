package io.sparkworkbench.ui.sql;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Spark SQL syntax colouring: keywords, functions, strings, numbers, comments and `quoted` identifiers. */
final class SqlHighlighter {

    private static final Pattern TOKENS = Pattern.compile(
            "(?<COMMENT>--[^\\n]*|/\\*(?s:.*?)(?:\\*/|\\z))"
                    + "|(?<STRING>'(?:[^'\\\\]|\\\\.)*(?:'|\\z)|\"(?:[^\"\\\\]|\\\\.)*(?:\"|\\z))"
                    + "|(?<QUOTED>`[^`]*(?:`|\\z))"
                    + "|(?<NUMBER>\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?[LDYSBD]?\\b)"
                    + "|(?<WORD>\\b[A-Za-z_][A-Za-z0-9_]*\\b)(?<CALL>\\s*\\()?");

    private SqlHighlighter() {
    }

    static StyleSpans<Collection<String>> compute(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher m = TOKENS.matcher(text);
        int last = 0;
        while (m.find()) {
            String style = styleOf(m);
            if (style == null) {
                continue;
            }
            int end = m.group("WORD") != null ? m.end("WORD") : m.end();
            spans.add(Collections.emptyList(), m.start() - last);
            spans.add(Collections.singleton(style), end - m.start());
            last = end;
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }

    private static String styleOf(Matcher m) {
        if (m.group("COMMENT") != null) {
            return "sql-comment";
        }
        if (m.group("STRING") != null) {
            return "sql-string";
        }
        if (m.group("QUOTED") != null) {
            return "sql-quoted";
        }
        if (m.group("NUMBER") != null) {
            return "sql-number";
        }
        String word = m.group("WORD").toUpperCase(Locale.ROOT);
        if (SqlKeywords.isKeyword(word)) {
            return "sql-keyword";
        }
        return m.group("CALL") != null ? "sql-function" : null;
    }
}

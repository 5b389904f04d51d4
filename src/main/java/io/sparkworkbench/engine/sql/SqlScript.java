package io.sparkworkbench.engine.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a script into statements at semicolons that are not inside quotes, backticks or comments.
 * Offsets are kept so errors and the statement at the caret map back to the editor.
 */
public final class SqlScript {

    private SqlScript() {
    }

    public static List<SqlStatement> split(String script) {
        List<SqlStatement> statements = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipQuoted(script, i, c);
            } else if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int nl = script.indexOf('\n', i);
                i = nl < 0 ? n : nl;
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int close = script.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == ';') {
                add(statements, script, start, i);
                start = i + 1;
                i++;
            } else {
                i++;
            }
        }
        add(statements, script, start, n);
        return statements;
    }

    /** The statement the caret is in or just after (a caret right after a semicolon belongs to its statement). */
    public static Optional<SqlStatement> at(String script, int caret) {
        List<SqlStatement> statements = split(script);
        SqlStatement best = null;
        for (SqlStatement s : statements) {
            if (s.start() <= caret) {
                best = s;
            }
            if (caret >= s.start() && caret <= s.end() + 1) {
                return Optional.of(s);
            }
        }
        return Optional.ofNullable(best != null ? best : statements.isEmpty() ? null : statements.get(0));
    }

    private static int skipQuoted(String script, int open, char quote) {
        int i = open + 1;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return script.length();
    }

    /** Adds the trimmed statement between from and to unless it holds nothing but blanks and comments. */
    private static void add(List<SqlStatement> statements, String script, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(script.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(script.charAt(e - 1))) {
            e--;
        }
        if (s < e && !onlyComments(script.substring(s, e))) {
            statements.add(new SqlStatement(script.substring(s, e), s));
        }
    }

    private static boolean onlyComments(String text) {
        String rest = text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ");
        return rest.isBlank();
    }
}

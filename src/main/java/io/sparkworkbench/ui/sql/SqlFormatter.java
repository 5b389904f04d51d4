package io.sparkworkbench.ui.sql;

import io.sparkworkbench.ui.sql.SqlTokens.Kind;
import io.sparkworkbench.ui.sql.SqlTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A deliberately small SQL formatter: keywords in upper case, each major clause on its own line
 * (indented by bracket depth), one select-list item per line. It only ever changes whitespace and the
 * case of keywords, never string literals, `quoted` identifiers or comments, and it keeps "no space"
 * where there was none ({@code a.b}, {@code f(x)}), so it cannot change what a statement means.
 * Every line break it makes is one it would make again: format(format(x)) equals format(x).
 */
final class SqlFormatter {

    private static final String INDENT = "  ";
    private static final Set<String> CLAUSES = Set.of("SELECT", "FROM", "WHERE", "HAVING", "LIMIT", "OFFSET",
            "QUALIFY", "WINDOW", "UNION", "INTERSECT", "EXCEPT", "MINUS", "JOIN");
    private static final Set<String> BY_CLAUSES = Set.of("GROUP", "ORDER", "SORT", "DISTRIBUTE", "CLUSTER");
    private static final Set<String> JOIN_STARTS = Set.of("LEFT", "RIGHT", "FULL", "INNER", "CROSS", "NATURAL");
    private static final Set<String> JOIN_WORDS = Set.of("LEFT", "RIGHT", "FULL", "INNER", "CROSS", "NATURAL",
            "OUTER", "SEMI", "ANTI");

    private SqlFormatter() {
    }

    static String format(String sql) {
        int lead = 0;
        while (lead < sql.length() && Character.isWhitespace(sql.charAt(lead))) {
            lead++;
        }
        int trail = sql.length();
        while (trail > lead && Character.isWhitespace(sql.charAt(trail - 1))) {
            trail--;
        }
        // Surrounding whitespace is kept as it was, so formatting a selection does not eat its margins.
        return sql.substring(0, lead) + new Run(SqlTokens.tokenize(sql.substring(lead, trail))).format()
                + sql.substring(trail);
    }

    /** One formatting pass; the state of the output being written. */
    private static final class Run {
        private final List<Token> tokens;
        private final StringBuilder out = new StringBuilder();
        /** Per bracket depth: whether a query starts at that depth, and the clause it is in. */
        private final List<Boolean> queryAt = new ArrayList<>(List.of(true));
        private final List<String> clauseAt = new ArrayList<>(List.of(""));
        private int depth;
        private boolean space;
        private boolean spaceHadNewline;
        private String pendingBreak;
        private boolean pendingBlankLine;
        private String lineIndent = "";
        private Token previous;

        Run(List<Token> tokens) {
            this.tokens = tokens;
        }

        String format() {
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.kind() == Kind.SPACE) {
                    space = true;
                    spaceHadNewline |= t.text().indexOf('\n') >= 0;
                    continue;
                }
                if (t.kind() == Kind.COMMENT) {
                    comment(t);
                } else {
                    code(t, i);
                }
                space = false;
                spaceHadNewline = false;
                previous = t;
            }
            return out.toString();
        }

        private void comment(Token t) {
            boolean ownLine = out.length() == 0 || spaceHadNewline;
            if (ownLine && pendingBreak == null) {
                pendingBreak = lineIndent;
            }
            if (ownLine) {
                emit(t.text());
            } else {
                // A trailing comment stays on its line; a break that was due comes after it.
                out.append(' ').append(t.text());
            }
            if (t.isLineComment() && pendingBreak == null) {
                pendingBreak = lineIndent; // the next token must not land inside the comment
            }
        }

        private void code(Token t, int i) {
            String text = t.text();
            boolean dotted = previous != null && previous.text().equals(".");
            String upper = text.toUpperCase(Locale.ROOT);
            if (t.kind() == Kind.WORD && !dotted) {
                // A keyword used as a name (x AS date, t.year, year.x) keeps its case: an alias's case
                // is the column name the user sees.
                boolean name = previous != null && previous.text().equalsIgnoreCase("AS")
                        || i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".");
                if (SqlKeywords.isKeyword(upper) && !name) {
                    text = upper;
                }
                if (startsClause(upper, i)) {
                    if (upper.equals("SELECT")) {
                        queryAt.set(depth, true);
                    }
                    clauseAt.set(depth, upper);
                    pendingBreak = INDENT.repeat(depth);
                }
            }
            emit(text);
            switch (text) {
                case "(" -> {
                    depth++;
                    if (queryAt.size() <= depth) {
                        queryAt.add(false);
                        clauseAt.add("");
                    }
                    queryAt.set(depth, false);
                    clauseAt.set(depth, "");
                }
                case ")" -> depth = Math.max(0, depth - 1);
                case "," -> {
                    if (queryAt.get(depth) && clauseAt.get(depth).equals("SELECT")) {
                        pendingBreak = INDENT.repeat(depth + 1);
                    }
                }
                case ";" -> {
                    pendingBlankLine = true;
                    depth = 0;
                    clauseAt.set(0, "");
                }
                default -> { }
            }
        }

        /** Whether the word at {@code i} begins a clause line here (GROUP BY, LEFT OUTER JOIN, …). */
        private boolean startsClause(String upper, int i) {
            if (upper.equals("SELECT")) {
                return true;
            }
            if (!queryAt.get(depth)) {
                return false; // e.g. ORDER BY inside OVER (…), FROM inside EXTRACT(…)
            }
            String before = previous == null ? "" : previous.text().toUpperCase(Locale.ROOT);
            if (upper.equals("JOIN")) {
                return !JOIN_WORDS.contains(before);
            }
            if (CLAUSES.contains(upper)) {
                return true;
            }
            if (BY_CLAUSES.contains(upper)) {
                return "BY".equals(nextWord(i + 1));
            }
            if (JOIN_STARTS.contains(upper) && !JOIN_WORDS.contains(before)) {
                int j = i + 1;
                String next = nextWord(j);
                while (next != null && JOIN_WORDS.contains(next)) {
                    j = indexOfNextCode(j) + 1;
                    next = nextWord(j);
                }
                return "JOIN".equals(next);
            }
            return false;
        }

        private int indexOfNextCode(int from) {
            for (int j = from; j < tokens.size(); j++) {
                Kind kind = tokens.get(j).kind();
                if (kind != Kind.SPACE && kind != Kind.COMMENT) {
                    return j;
                }
            }
            return tokens.size();
        }

        private String nextWord(int from) {
            int j = indexOfNextCode(from);
            return j < tokens.size() && tokens.get(j).kind() == Kind.WORD
                    ? tokens.get(j).text().toUpperCase(Locale.ROOT) : null;
        }

        private void emit(String text) {
            if (out.length() > 0) {
                if (pendingBlankLine) {
                    out.append("\n\n"); // after ';' the depth is back to 0: no indent
                    lineIndent = "";
                } else if (pendingBreak != null) {
                    out.append('\n').append(pendingBreak);
                    lineIndent = pendingBreak;
                } else if (space) {
                    out.append(' ');
                }
            }
            pendingBreak = null;
            pendingBlankLine = false;
            out.append(text);
        }
    }
}

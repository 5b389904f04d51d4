package io.sparkworkbench.ui.sql;

import io.sparkworkbench.engine.sql.CatalogSnapshot;
import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.engine.sql.SqlScript;
import io.sparkworkbench.engine.sql.SqlStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to offer at the caret: after {@code alias.} the columns of that table; otherwise the columns of
 * the tables in the statement, then tables, keywords and functions, all starting with the typed prefix.
 * Pure text work over a {@link CatalogSnapshot}: it never asks Spark.
 */
final class SqlCompletion {

    static final int MAX_SUGGESTIONS = 200;
    private static final Pattern TABLE_REF = Pattern.compile(
            "(?i)\\b(?:FROM|JOIN)\\s+([A-Za-z_`][\\w`.]*)(?:\\s+(?:AS\\s+)?([A-Za-z_]\\w*))?");
    private static final Set<String> NOT_ALIASES = Set.of("where", "join", "left", "right", "inner", "outer", "full",
            "cross", "on", "group", "order", "limit", "union", "having", "using", "natural", "semi", "anti", "window");

    enum Kind { COLUMN, TABLE, KEYWORD, FUNCTION }

    /** One suggestion: the text to insert and what it is (with the column type as detail). */
    record Suggestion(String text, Kind kind, String detail) {
        String insertText() {
            return kind == Kind.FUNCTION ? text + "(" : text;
        }
    }

    /** Replace [from, to) with the chosen suggestion. */
    record Result(int from, int to, List<Suggestion> suggestions) {
    }

    private SqlCompletion() {
    }

    static Result complete(String text, int caret, CatalogSnapshot catalog) {
        int start = caret;
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        String prefix = text.substring(start, caret).toLowerCase(Locale.ROOT);
        SqlStatement statement = SqlScript.at(text, caret).orElse(new SqlStatement("", 0));
        Map<String, String> refs = tableRefs(statement.text());
        List<Suggestion> out = new ArrayList<>();
        if (start > 0 && text.charAt(start - 1) == '.') {
            String qualifier = qualifierBefore(text, start - 1).toLowerCase(Locale.ROOT);
            String table = refs.getOrDefault(qualifier, qualifier);
            for (ColumnInfo c : catalog.columnsOf(table)) {
                addIfMatches(out, new Suggestion(c.name(), Kind.COLUMN, c.type()), prefix);
            }
            for (String name : catalog.tables().keySet()) {
                if (name.startsWith(qualifier + ".") && name.indexOf('.', qualifier.length() + 1) < 0) {
                    addIfMatches(out, new Suggestion(name.substring(qualifier.length() + 1), Kind.TABLE, ""), prefix);
                }
            }
            return new Result(start, caret, limit(out));
        }
        Set<String> seenColumns = new LinkedHashSet<>();
        for (String table : new LinkedHashSet<>(refs.values())) {
            for (ColumnInfo c : catalog.columnsOf(table)) {
                if (seenColumns.add(c.name().toLowerCase(Locale.ROOT))) {
                    addIfMatches(out, new Suggestion(c.name(), Kind.COLUMN, c.type() + " · " + table), prefix);
                }
            }
        }
        catalog.tables().keySet().stream().filter(n -> n.indexOf('.') < 0).sorted()
                .forEach(n -> addIfMatches(out, new Suggestion(n, Kind.TABLE, ""), prefix));
        SqlKeywords.ALL.forEach(k -> addIfMatches(out, new Suggestion(k, Kind.KEYWORD, ""), prefix));
        catalog.functions().forEach(f -> addIfMatches(out, new Suggestion(f, Kind.FUNCTION, ""), prefix));
        return new Result(start, caret, limit(out));
    }

    /** alias (lower case) to table name, and every table to itself. */
    static Map<String, String> tableRefs(String statement) {
        Map<String, String> refs = new LinkedHashMap<>();
        Matcher m = TABLE_REF.matcher(statement);
        while (m.find()) {
            String table = m.group(1).replace("`", "").toLowerCase(Locale.ROOT);
            if (table.startsWith("(")) {
                continue;
            }
            refs.putIfAbsent(table, table);
            String alias = m.group(2);
            if (alias != null && !NOT_ALIASES.contains(alias.toLowerCase(Locale.ROOT))) {
                refs.put(alias.toLowerCase(Locale.ROOT), table);
            }
        }
        return refs;
    }

    private static String qualifierBefore(String text, int dot) {
        int start = dot;
        while (start > 0 && (isWordChar(text.charAt(start - 1)) || text.charAt(start - 1) == '.' || text.charAt(start - 1) == '`')) {
            start--;
        }
        return text.substring(start, dot).replace("`", "");
    }

    private static void addIfMatches(List<Suggestion> out, Suggestion s, String prefix) {
        if (s.text().toLowerCase(Locale.ROOT).startsWith(prefix) && !s.text().equalsIgnoreCase(prefix)) {
            out.add(s);
        }
    }

    private static List<Suggestion> limit(List<Suggestion> all) {
        return all.size() > MAX_SUGGESTIONS ? List.copyOf(all.subList(0, MAX_SUGGESTIONS)) : List.copyOf(all);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}

package io.sparkworkbench.ui.sql;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Spark SQL's reserved and common non-reserved keywords, for colouring and completion. */
final class SqlKeywords {

    static final List<String> ALL = List.of(
            "ADD", "ALL", "ALTER", "ANALYZE", "AND", "ANTI", "ANY", "ARRAY", "AS", "ASC", "BETWEEN", "BOTH", "BY",
            "CACHE", "CASE", "CAST", "CHANGE", "CLEAR", "COLUMN", "COLUMNS", "COMMENT", "CREATE", "CROSS", "CUBE",
            "CURRENT", "DATABASE", "DATABASES", "DATE", "DAY", "DELETE", "DESC", "DESCRIBE", "DISTINCT", "DISTRIBUTE",
            "DIV", "DROP", "ELSE", "END", "ESCAPE", "EXCEPT", "EXISTS", "EXPLAIN", "EXTENDED", "FALSE", "FETCH",
            "FILTER", "FIRST", "FOLLOWING", "FOR", "FORMATTED", "FROM", "FULL", "FUNCTION", "FUNCTIONS", "GLOBAL",
            "GROUP", "GROUPING", "HAVING", "HOUR", "IF", "ILIKE", "IN", "INNER", "INSERT", "INTERSECT", "INTERVAL",
            "INTO", "IS", "JOIN", "LAST", "LATERAL", "LEFT", "LIKE", "LIMIT", "LOCAL", "MAP", "MINUS", "MINUTE",
            "MONTH", "NATURAL", "NOT", "NULL", "NULLS", "OFFSET", "ON", "OR", "ORDER", "OUTER", "OVER", "OVERWRITE",
            "PARTITION", "PARTITIONED", "PERCENT", "PIVOT", "PRECEDING", "QUALIFY", "RANGE", "RECURSIVE", "REFRESH",
            "REPLACE", "RIGHT", "RLIKE", "ROLLUP", "ROW", "ROWS", "SCHEMA", "SECOND", "SELECT", "SEMI", "SET",
            "SETS", "SHOW", "SORT", "STRUCT", "TABLE", "TABLES", "TABLESAMPLE", "TEMP", "TEMPORARY", "THEN",
            "TIMESTAMP", "TO", "TRUE", "TRUNCATE", "UNBOUNDED", "UNCACHE", "UNION", "UNPIVOT", "UPDATE", "USE",
            "USING", "VALUES", "VIEW", "VIEWS", "WHEN", "WHERE", "WINDOW", "WITH", "YEAR");

    private static final Set<String> SET = new TreeSet<>(ALL);

    private SqlKeywords() {
    }

    static boolean isKeyword(String upperCaseWord) {
        return SET.contains(upperCaseWord);
    }
}

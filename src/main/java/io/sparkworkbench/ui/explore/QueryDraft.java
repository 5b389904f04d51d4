package io.sparkworkbench.ui.explore;

import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.ui.catalog.CatalogTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the query builder holds, and the Spark SQL it stands for: chosen columns, filters, group-by
 * columns and aggregates over one table. Values typed by the user become literals of the column's type,
 * so the SQL is valid (and injection-free) whatever they type.
 */
public record QueryDraft(String table, List<ColumnInfo> tableColumns, List<String> columns, List<Filter> filters,
                         List<String> groupBy, List<Aggregate> aggregates, int limit) {

    public enum Operator {
        EQUALS("="), NOT_EQUALS("≠"), LESS("<"), AT_MOST("≤"), GREATER(">"), AT_LEAST("≥"), CONTAINS("contains"),
        STARTS_WITH("starts with"), IN("in (a, b, …)"), IS_NULL("is null"), IS_NOT_NULL("is not null");

        private final String label;

        Operator(String label) {
            this.label = label;
        }

        public boolean needsValue() {
            return this != IS_NULL && this != IS_NOT_NULL;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public enum Function {
        COUNT("count"), COUNT_DISTINCT("count distinct"), SUM("sum"), AVG("avg"), MIN("min"), MAX("max");

        private final String label;

        Function(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public record Filter(String column, Operator operator, String value) {
    }

    /** {@code column} "*" only with COUNT. */
    public record Aggregate(Function function, String column) {
    }

    public QueryDraft {
        tableColumns = List.copyOf(tableColumns);
        columns = List.copyOf(columns);
        filters = List.copyOf(filters);
        groupBy = List.copyOf(groupBy);
        aggregates = List.copyOf(aggregates);
    }

    /** The SQL, or an IllegalArgumentException naming what is wrong (an unknown column, a value that is not a number). */
    public String sql() {
        Map<String, String> types = tableColumns.stream()
                .collect(Collectors.toMap(c -> c.name().toLowerCase(Locale.ROOT), ColumnInfo::type, (a, b) -> a));
        java.util.function.Function<String, String> known = name -> {
            if (!types.containsKey(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Column " + name + " is not in " + table);
            }
            return quote(name);
        };
        List<String> select = new ArrayList<>();
        boolean grouped = !groupBy.isEmpty() || !aggregates.isEmpty();
        if (grouped) {
            groupBy.forEach(g -> select.add(known.apply(g)));
            aggregates.forEach(a -> select.add(aggregate(a, known)));
        } else if (columns.isEmpty()) {
            select.add("*");
        } else {
            columns.forEach(c -> select.add(known.apply(c)));
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", select))
                .append("\nFROM ").append(CatalogTree.sqlName(table));
        if (!filters.isEmpty()) {
            List<String> conditions = new ArrayList<>();
            for (Filter f : filters) {
                conditions.add(condition(f, known.apply(f.column()), types.get(f.column().toLowerCase(Locale.ROOT))));
            }
            sql.append("\nWHERE ").append(String.join("\n  AND ", conditions));
        }
        if (!groupBy.isEmpty()) {
            sql.append("\nGROUP BY ").append(groupBy.stream().map(QueryDraft::quote).collect(Collectors.joining(", ")));
        }
        if (!aggregates.isEmpty() && !groupBy.isEmpty()) {
            sql.append("\nORDER BY ").append(quote(alias(aggregates.get(0)))).append(" DESC");
        }
        if (limit > 0) {
            sql.append("\nLIMIT ").append(limit);
        }
        return sql.toString();
    }

    private static String aggregate(Aggregate a, java.util.function.Function<String, String> known) {
        String alias = quote(alias(a));
        if ("*".equals(a.column())) {
            if (a.function() != Function.COUNT) {
                throw new IllegalArgumentException(a.function() + " needs a column, not *");
            }
            return "COUNT(*) AS " + alias;
        }
        String column = known.apply(a.column());
        return switch (a.function()) {
            case COUNT_DISTINCT -> "COUNT(DISTINCT " + column + ") AS " + alias;
            default -> a.function().name() + "(" + column + ") AS " + alias;
        };
    }

    static String alias(Aggregate a) {
        String fn = a.function().name().toLowerCase(Locale.ROOT);
        return "*".equals(a.column()) ? fn : fn + "_" + a.column();
    }

    private static String condition(Filter f, String column, String type) {
        return switch (f.operator()) {
            case IS_NULL -> column + " IS NULL";
            case IS_NOT_NULL -> column + " IS NOT NULL";
            case CONTAINS -> "CONTAINS(CAST(" + column + " AS STRING), " + text(f.value()) + ")";
            case STARTS_WITH -> "STARTSWITH(CAST(" + column + " AS STRING), " + text(f.value()) + ")";
            case IN -> column + " IN (" + splitList(f.value()).stream().map(v -> literal(v, type, f.column()))
                    .collect(Collectors.joining(", ")) + ")";
            case EQUALS -> column + " = " + literal(f.value(), type, f.column());
            case NOT_EQUALS -> column + " <> " + literal(f.value(), type, f.column());
            case LESS -> column + " < " + literal(f.value(), type, f.column());
            case AT_MOST -> column + " <= " + literal(f.value(), type, f.column());
            case GREATER -> column + " > " + literal(f.value(), type, f.column());
            case AT_LEAST -> column + " >= " + literal(f.value(), type, f.column());
        };
    }

    private static List<String> splitList(String value) {
        List<String> values = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                values.add(part.trim());
            }
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("'in' needs values separated by commas");
        }
        return values;
    }

    /** A literal of the column's type: numbers checked, dates and timestamps typed, the rest quoted text. */
    static String literal(String value, String type, String column) {
        String v = value == null ? "" : value.trim();
        String t = type == null ? "string" : type.toLowerCase(Locale.ROOT);
        if (t.matches("tinyint|smallint|int|bigint|float|double|decimal.*")) {
            if (!v.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
                throw new IllegalArgumentException("Filter on " + column + " needs a number, not '" + v + "'");
            }
            return v;
        }
        if (t.equals("boolean")) {
            if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException("Filter on " + column + " needs true or false, not '" + v + "'");
            }
            return v.toLowerCase(Locale.ROOT);
        }
        if (t.equals("date")) {
            return "DATE " + text(v);
        }
        if (t.startsWith("timestamp")) {
            return "TIMESTAMP " + text(v);
        }
        return text(v);
    }

    private static String text(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** A column name as SQL needs it: always backquoted, so names with spaces or keywords work. */
    static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}

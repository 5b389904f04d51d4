package io.sparkworkbench.engine.sql;

import java.util.List;

/**
 * The first rows of a table as plain Java values (String, Long, Integer, Double, BigDecimal, Boolean,
 * LocalDate, Instant or null). {@code more} says the table has rows beyond these.
 */
public record TablePreview(String table, List<ColumnInfo> columns, List<List<Object>> rows, boolean more) {
}

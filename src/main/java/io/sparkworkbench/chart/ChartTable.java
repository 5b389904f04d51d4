package io.sparkworkbench.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The numbers a chart plots, as a table, so "save data as CSV" writes exactly what the user sees.
 * Cells may be {@code null} (a series with no value at that x); every row has one cell per column.
 */
public record ChartTable(List<String> columns, List<List<Object>> rows) {

    public ChartTable {
        columns = List.copyOf(columns);
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + copied.size() + " has " + row.size()
                        + " cells but the table has " + columns.size() + " columns");
            }
            // List.copyOf rejects nulls, and a missing value is a legitimate cell here.
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
    }

    public static ChartTable empty() {
        return new ChartTable(List.of(), List.of());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public Object cell(int row, String column) {
        int index = columns.indexOf(Objects.requireNonNull(column));
        if (index < 0) {
            throw new IllegalArgumentException("no column '" + column + "' in " + columns);
        }
        return rows.get(row).get(index);
    }
}

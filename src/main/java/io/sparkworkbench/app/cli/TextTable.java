package io.sparkworkbench.app.cli;

import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.engine.sql.QueryResult;
import io.sparkworkbench.ui.common.Formats;
import java.util.ArrayList;
import java.util.List;

/** A result as an aligned text table: numbers right-aligned, NULL for nulls, and whether rows were left out. */
final class TextTable {

    private static final int MAX_CELL = 60;

    private TextTable() {
    }

    static String render(QueryResult result) {
        List<ColumnInfo> columns = result.columns();
        if (columns.isEmpty()) {
            return "OK\n";
        }
        int[] widths = new int[columns.size()];
        boolean[] numeric = new boolean[columns.size()];
        List<String[]> cells = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).name().length();
            numeric[c] = true;
        }
        for (List<Object> row : result.rows()) {
            String[] line = new String[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                Object value = row.get(c);
                String text = value == null ? "NULL" : Formats.cell(value).replace('\n', ' ');
                line[c] = text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text;
                widths[c] = Math.max(widths[c], line[c].length());
                numeric[c] &= value == null || value instanceof Number;
            }
            cells.add(line);
        }
        StringBuilder b = new StringBuilder();
        String[] header = columns.stream().map(ColumnInfo::name).toArray(String[]::new);
        appendLine(b, header, widths, new boolean[columns.size()]);
        for (int c = 0; c < columns.size(); c++) {
            b.append(c == 0 ? "" : "-+-").append("-".repeat(widths[c]));
        }
        b.append('\n');
        cells.forEach(line -> appendLine(b, line, widths, numeric));
        int n = result.rows().size();
        b.append(result.more() ? "(first " + n + " rows; more available: raise --max-rows or use --out)\n"
                : "(" + n + (n == 1 ? " row)\n" : " rows)\n"));
        return b.toString();
    }

    private static void appendLine(StringBuilder b, String[] cells, int[] widths, boolean[] rightAligned) {
        for (int c = 0; c < cells.length; c++) {
            b.append(c == 0 ? "" : " | ");
            String pad = " ".repeat(widths[c] - cells[c].length());
            b.append(rightAligned[c] ? pad + cells[c] : cells[c] + (c == cells.length - 1 ? "" : pad));
        }
        b.append('\n');
    }
}

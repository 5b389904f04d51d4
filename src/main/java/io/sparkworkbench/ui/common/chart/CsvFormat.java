package io.sparkworkbench.ui.common.chart;

import io.sparkworkbench.chart.ChartTable;
import java.math.BigDecimal;
import java.util.List;

/** RFC 4180 text for a {@link ChartTable}: CRLF line ends, header row, quotes only where needed. */
final class CsvFormat {

    private static final String LINE_END = "\r\n";

    private CsvFormat() {
    }

    static String toCsv(ChartTable table) {
        StringBuilder out = new StringBuilder();
        appendRecord(out, List.copyOf(table.columns()));
        for (List<Object> row : table.rows()) {
            appendRecord(out, row);
        }
        return out.toString();
    }

    private static void appendRecord(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(escape(text(cells.get(i))));
        }
        out.append(LINE_END);
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            // Spreadsheets misread "1.2E7"; plain digits survive every importer.
            return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : "";
        }
        return value.toString();
    }

    static String escape(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}

package io.sparkworkbench.report;

import java.util.List;

/**
 * A table of the report, already formatted: the same cells in the HTML and the PDF. A cell's {@code \n} starts a
 * new line within it; {@code more} says how many rows were left out by the cap (0 when none).
 */
public record ReportTable(List<String> header, List<List<String>> rows, int more) {

    public ReportTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells under " + header.size() + " columns: " + row);
            }
        }
    }

    public ReportTable(List<String> header, List<List<String>> rows) {
        this(header, rows, 0);
    }
}

package io.sparkworkbench.engine.files;

import io.sparkworkbench.engine.sql.ColumnInfo;
import java.util.List;
import java.util.Optional;

/**
 * A registered import: the view, its columns, how many rows it has and how many input rows were
 * malformed (kept with their raw text in PERMISSIVE mode, left out in DROPMALFORMED mode). When there
 * are malformed rows, {@code malformedView} names a view of them: their raw text and the file they came from.
 */
public record ImportResult(String view, List<ColumnInfo> columns, long rows, long malformed, Optional<String> malformedView,
                           long elapsedMs) {
}

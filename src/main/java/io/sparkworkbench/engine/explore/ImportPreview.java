package io.sparkworkbench.engine.explore;

import io.sparkworkbench.engine.sql.ColumnInfo;
import java.util.List;

/**
 * The first rows as the import would read them, before anything is registered. {@code columns} are the
 * schema the import will use (inferred, with overrides applied); when malformed rows are among those
 * shown the corrupt-record column is the last one. {@code warnings} name problems worth fixing first
 * (e.g. "bytes 120-121 are not valid UTF-8: pick the file's encoding").
 */
public record ImportPreview(List<ColumnInfo> columns, List<List<Object>> rows, int malformedShown, List<String> warnings) {
}

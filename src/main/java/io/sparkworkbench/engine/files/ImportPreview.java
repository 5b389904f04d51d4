package io.sparkworkbench.engine.files;

import io.sparkworkbench.engine.sql.ColumnInfo;
import java.util.List;

/**
 * The first rows as the import would read them, before anything is registered. {@code columns} are
 * inferred from the first records only (at most 1 MB; the import infers over the whole file, see
 * docs/decisions/0008), with overrides applied; when malformed rows are among those shown (in any
 * parse mode) the corrupt-record column is the last one and {@code malformedShown} counts them. {@code warnings} name problems worth fixing first
 * (e.g. "bytes 120-121 are not valid UTF-8: pick the file's encoding").
 */
public record ImportPreview(List<ColumnInfo> columns, List<List<Object>> rows, int malformedShown, List<String> warnings) {
}

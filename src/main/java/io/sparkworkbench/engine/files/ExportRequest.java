package io.sparkworkbench.engine.files;

import java.nio.file.Path;
import java.util.List;

/**
 * Write the rows of {@code query} (a SELECT, e.g. {@code SELECT * FROM `orders`}) to {@code target}.
 * {@code singleFile}: one file at {@code target} (no partitioning); otherwise a folder of part files,
 * partitioned into sub-folders by {@code partitionBy} when it is not empty.
 */
public record ExportRequest(String query, Path target, SourceFormat format, List<String> partitionBy, boolean singleFile) {

    public ExportRequest {
        partitionBy = List.copyOf(partitionBy);
        if (singleFile && !partitionBy.isEmpty()) {
            throw new IllegalArgumentException("A partitioned export writes a folder, not a single file");
        }
    }

    public static ExportRequest ofView(String view, Path target, SourceFormat format, List<String> partitionBy, boolean singleFile) {
        return new ExportRequest("SELECT * FROM `" + view.replace("`", "``") + "`", target, format, partitionBy, singleFile);
    }
}

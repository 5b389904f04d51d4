package io.sparkworkbench.engine.explore;

import io.sparkworkbench.engine.sql.ColumnInfo;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the catalog explorer shows for one view or table: its columns, row count, where it reads from
 * ({@code source}, e.g. "parquet: /data/orders"), its size on disk when its data are files, and the
 * storage level when it is cached (empty when not).
 */
public record TableDetails(String name, boolean temporary, List<ColumnInfo> columns, long rows, String source,
                           OptionalLong bytesOnDisk, Optional<String> storageLevel) {
}

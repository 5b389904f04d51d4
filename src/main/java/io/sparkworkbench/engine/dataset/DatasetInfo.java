package io.sparkworkbench.engine.dataset;

import java.nio.file.Path;
import java.util.List;

/** A data folder whose tables are now registered as Spark views. */
public record DatasetInfo(Path folder, List<TableSummary> tables) {
}

package io.sparkworkbench.engine.datagen;

import io.sparkworkbench.engine.dataset.TableSummary;
import java.nio.file.Path;
import java.util.List;

/** A finished run: the folder now holds these tables, each registered as a view of the same name. */
public record GenerationResult(Path folder, List<TableSummary> tables, double seconds) {
}

package io.sparkworkbench.engine.files;

import java.nio.file.Path;

/** A finished export: where, how many rows and bytes, and whether it replaced what was there. */
public record ExportOutcome(Path target, long rows, long bytes, boolean replacedExisting) {
}

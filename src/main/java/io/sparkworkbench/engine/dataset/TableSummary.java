package io.sparkworkbench.engine.dataset;

/** A registered table: rows, the files it is stored in, their size, and how long writing it took (0 if opened). */
public record TableSummary(String table, long rows, int files, long bytes, double seconds) {
}

package io.sparkworkbench.engine.explore;

import java.util.List;

/** Every column's statistics of one table, computed together (never one Spark pass per column). */
public record TableProfile(String table, long rows, List<ColumnProfile> columns, long elapsedMs) {
}

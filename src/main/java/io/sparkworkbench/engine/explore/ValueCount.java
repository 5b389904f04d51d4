package io.sparkworkbench.engine.explore;

/** One of a column's most frequent values (a plain Java value, or null) and how often it occurs. */
public record ValueCount(Object value, long count) {
}

package io.sparkworkbench.engine.sql;

/** A column as the grid shows it: name and Spark SQL type name (e.g. {@code bigint}, {@code decimal(10,2)}). */
public record ColumnInfo(String name, String type) {
}

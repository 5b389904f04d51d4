package io.sparkworkbench.engine.datagen;

/** Rows a table will have at a scale: exact for tables sized by the scale, expected for derived ones. */
public record RowEstimate(EcommerceTable table, long rows, boolean exact) {
}

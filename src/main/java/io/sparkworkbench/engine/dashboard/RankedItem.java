package io.sparkworkbench.engine.dashboard;

/** One bar of a ranking chart: a product, category, segment or community, its id where it has one, and its value. */
public record RankedItem(long id, String name, double value) {
}

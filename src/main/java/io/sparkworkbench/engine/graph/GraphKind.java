package io.sparkworkbench.engine.graph;

/** Where a graph's edges come from. */
public enum GraphKind {
    /** Customers following customers ({@code social_edges}): directed. */
    SOCIAL,
    /** Products bought in the same order ({@code order_items}): undirected, weight = co-occurrences. */
    CO_PURCHASE,
    /** Any view with a source and a destination column (and optionally a weight). */
    CUSTOM
}

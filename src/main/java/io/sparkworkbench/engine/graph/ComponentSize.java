package io.sparkworkbench.engine.graph;

/** One component (or community): its id (the smallest node id in it for components) and how many nodes it holds. */
public record ComponentSize(long id, long nodes) {
}

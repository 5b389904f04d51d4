package io.sparkworkbench.engine.graph;

/** One bar of the degree histogram: how many nodes have in-, out- and total degree {@code degree}. */
public record DegreeBin(long degree, long inNodes, long outNodes, long totalNodes) {
}

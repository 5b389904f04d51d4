package io.sparkworkbench.ui.graph;

/** One line of the selected node's side panel: "PageRank" → "0.0042 (rank 3 of those drawn)". */
public record NodeMetric(String name, String value) {
}

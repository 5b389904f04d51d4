package io.sparkworkbench.engine.graph;

/**
 * PageRank's outcome: the top nodes (ranks normalised to sum 1 over the graph, so they read as the share of
 * time a random surfer spends there) and where the full table is.
 */
public record PageRankResult(PageRankRequest request, java.util.List<RankedNode> top, long nodes, long millis, String view) {

    public PageRankResult {
        top = java.util.List.copyOf(top);
    }
}

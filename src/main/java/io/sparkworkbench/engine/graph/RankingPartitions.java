package io.sparkworkbench.engine.graph;

/**
 * How many edge partitions PageRank walks. Each of its supersteps pays a fixed driver-side cost per edge
 * partition that a second core does not win back. Scale-1 social graph (86k walked edges), 20 iterations, on
 * this 2-core machine: 1.3 s on one partition, 1.5 s on two, 2.6 s on four (what walking both ways of the
 * graph's two partitions gives); on power-law graphs of 200k to 2M walked edges two partitions beat four by
 * 1.3-1.7×. Label propagation and triangle counting do more work per edge and keep the graph's partitions
 * (2-2.4× faster on four than on two). ADR 0038.
 */
final class RankingPartitions {

    /** Walked edges (an undirected edge counts twice) per partition. */
    static final long EDGES_PER_PARTITION = 1_000_000;

    private RankingPartitions() {
    }

    /** One partition per {@link #EDGES_PER_PARTITION} walked edges, at least one. */
    static int forEdges(long walkedEdges) {
        long edges = Math.max(0, walkedEdges);
        long wanted = edges / EDGES_PER_PARTITION + (edges % EDGES_PER_PARTITION == 0 ? 0 : 1);
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, wanted));
    }
}

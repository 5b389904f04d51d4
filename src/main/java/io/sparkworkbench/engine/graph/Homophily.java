package io.sparkworkbench.engine.graph;

/**
 * How alike in customer segment the two ends of an edge are, against chance: {@code sameSegmentShare} is the share of
 * edges (between two nodes that both have a segment) whose ends are in one segment; {@code randomPairShare} is the
 * share a pair of those nodes drawn at random would have, the sum over segments of (segment's share of the nodes)².
 * At scale 1 the generator plants 0.64 against 0.22 (ADR 0025).
 *
 * @param edges    the edges compared (both ends with a segment)
 * @param nodes    the nodes with a segment, whose segment shares make {@code randomPairShare}
 * @param segments how many segments those nodes fall in
 */
public record Homophily(double sameSegmentShare, double randomPairShare, long edges, long nodes, int segments) {

    public Homophily {
        if (edges < 1 || nodes < 1) {
            throw new IllegalArgumentException("Homophily needs an edge and a node with a segment, not " + edges + " edges and " + nodes + " nodes");
        }
        if (!(sameSegmentShare >= 0 && sameSegmentShare <= 1) || !(randomPairShare > 0 && randomPairShare <= 1)) {
            throw new IllegalArgumentException("Shares must lie in [0, 1] (random pair above 0), not " + sameSegmentShare + " and " + randomPairShare);
        }
    }

    /** How many times more often an edge joins one segment than a random pair does (1 = no homophily). */
    public double ratioVsRandom() {
        return sameSegmentShare / randomPairShare;
    }
}

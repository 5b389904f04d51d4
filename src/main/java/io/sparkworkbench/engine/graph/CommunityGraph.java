package io.sparkworkbench.engine.graph;

/**
 * A graph too large to draw, shown as one super-node per label-propagation community: {@code members[i]} nodes
 * are in community {@code communities[i]}, labelled by its best-connected member; an edge joins two communities
 * with the summed weight of the edges between them ({@code source}/{@code target} index these arrays, heaviest
 * first). The largest communities come first, at most the budgets asked for; {@code totalCommunities} and
 * {@code totalEdges} count them all, and {@code note} says what is shown.
 */
public record CommunityGraph(long[] communities, String[] labels, long[] members, int[] source, int[] target, double[] weight,
                             long totalCommunities, long totalEdges, String note) {

    public int size() {
        return communities.length;
    }
}

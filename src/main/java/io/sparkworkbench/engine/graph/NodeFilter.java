package io.sparkworkbench.engine.graph;

import java.util.OptionalLong;

/**
 * Which nodes the visualizer asks for. All set conditions apply together; nodes come highest PageRank first
 * (highest degree when PageRank has not run), at most {@code budget} of them.
 *
 * @param topN only the N highest-ranked nodes (0 = no such limit)
 * @param community only this label-propagation community
 * @param egoCenter with {@code egoHops}: only nodes within that many hops of this node (direction ignored)
 * @param minDegree only nodes with at least this total degree
 */
public record NodeFilter(int topN, OptionalLong community, OptionalLong egoCenter, int egoHops, long minDegree, int budget) {

    public static final int DEFAULT_BUDGET = 50_000;
    public static final int MAX_EGO_HOPS = 5;

    public NodeFilter {
        community = community == null ? OptionalLong.empty() : community;
        egoCenter = egoCenter == null ? OptionalLong.empty() : egoCenter;
        if (topN < 0 || minDegree < 0) {
            throw new IllegalArgumentException("Top-N and minimum degree cannot be negative");
        }
        if (budget < 1) {
            throw new IllegalArgumentException("The node budget must be at least 1, not " + budget);
        }
        if (egoCenter.isPresent() && (egoHops < 1 || egoHops > MAX_EGO_HOPS)) {
            throw new IllegalArgumentException("An ego network reaches 1.." + MAX_EGO_HOPS + " hops, not " + egoHops);
        }
    }

    public static NodeFilter all() {
        return new NodeFilter(0, OptionalLong.empty(), OptionalLong.empty(), 0, 0, DEFAULT_BUDGET);
    }

    public NodeFilter withTopN(int n) {
        return new NodeFilter(n, community, egoCenter, egoHops, minDegree, budget);
    }

    public NodeFilter withCommunity(long id) {
        return new NodeFilter(topN, OptionalLong.of(id), egoCenter, egoHops, minDegree, budget);
    }

    public NodeFilter withEgo(long center, int hops) {
        return new NodeFilter(topN, community, OptionalLong.of(center), hops, minDegree, budget);
    }

    public NodeFilter withMinDegree(long degree) {
        return new NodeFilter(topN, community, egoCenter, egoHops, degree, budget);
    }

    public NodeFilter withBudget(int nodes) {
        return new NodeFilter(topN, community, egoCenter, egoHops, minDegree, nodes);
    }
}

package io.sparkworkbench.engine.graph;

/**
 * Hop counts to one landmark: how many nodes reach it, and {@code nodesAtHops[h]} nodes at exactly h hops
 * ({@code nodesAtHops[0]} is the landmark itself). Directed graphs follow edge direction toward the landmark.
 */
public record LandmarkReach(long landmark, String label, long reachable, double meanHops, long[] nodesAtHops) {

    public LandmarkReach {
        nodesAtHops = nodesAtHops.clone();
    }

    @Override
    public long[] nodesAtHops() {
        return nodesAtHops.clone();
    }
}

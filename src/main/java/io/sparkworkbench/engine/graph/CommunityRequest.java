package io.sparkworkbench.engine.graph;

/**
 * Label propagation's parameters.
 *
 * @param maxIterations supersteps, capped: synchronous label propagation need not converge (labels can flip
 *        back and forth on bipartite parts), so it always stops here
 * @param hubDegreeCap the hub guard: a node with more than this many edges keeps a hash-sampled ~cap of them
 *        for label propagation (0 = no guard). Without it one hub's label-count map grows with its degree and
 *        merging it costs about degree² per superstep (ADR 0024)
 */
public record CommunityRequest(int maxIterations, int hubDegreeCap) {

    public static final int MAX_ITERATIONS = 50;
    public static final int DEFAULT_HUB_CAP = 200;

    public CommunityRequest {
        if (maxIterations < 1 || maxIterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("Label propagation iterations must lie within 1.." + MAX_ITERATIONS + ", not " + maxIterations);
        }
        if (hubDegreeCap < 0 || hubDegreeCap == 1) {
            throw new IllegalArgumentException("The hub degree cap must be 0 (no guard) or at least 2, not " + hubDegreeCap);
        }
    }

    public static CommunityRequest defaults() {
        return new CommunityRequest(10, DEFAULT_HUB_CAP);
    }
}

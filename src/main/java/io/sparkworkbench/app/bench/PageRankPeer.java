package io.sparkworkbench.app.bench;

/**
 * A PageRank implementation outside the app, timed against the workbench's on the same edges. Public because the
 * implementation is defined by another class loader (see {@link BenchLib#pageRankPeer}).
 */
public interface PageRankPeer {

    String describe();

    /**
     * Ranks of the directed graph {@code src[i] → dst[i]} after exactly {@code iterations} power iterations from a
     * uniform start, keyed by node id, summing to 1.
     */
    java.util.Map<Long, Double> rank(long[] src, long[] dst, int iterations, double damping);
}

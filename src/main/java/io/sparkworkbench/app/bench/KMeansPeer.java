package io.sparkworkbench.app.bench;

/**
 * A K-Means implementation outside the app, measured against the workbench's on the same matrix. Public, as
 * is {@link Fit}, because the implementation is defined by another class loader (see {@link BenchLib#kMeansPeer}),
 * which makes it a different runtime package.
 */
public interface KMeansPeer {

    /** The peer's name and version, for the notes. */
    String describe();

    /** One run from one seeding (no restarts), at most {@code maxIterations} Lloyd iterations. */
    Fit fit(double[][] rows, int k, int maxIterations, long seed);

    /** What a fit found: the peer's own cost figure and the centres, to recompute the cost independently. */
    record Fit(double distortion, double[][] centroids) {
    }
}

package io.sparkworkbench.app.bench;

import smile.clustering.KMeans;
import smile.math.MathEx;

/**
 * Smile's K-Means as the peer of {@code bench ml}. Smile is GPL and never ships: this class compiles against it
 * with {@code provided} scope and is only ever loaded by {@link BenchLib#kMeansPeer}, which finds Smile in bench-lib.
 * {@link KMeans#fit(double[][], int, int, double)} is one k-means++ seeding followed by Lloyd iterations over a
 * BBD-tree; its distortion is the sum of squared distances to the nearest centre.
 */
public final class SmileKMeans implements KMeansPeer {

    /** Smile's default convergence tolerance (on the drop in distortion between iterations). */
    private static final double TOLERANCE = 1e-4;

    @Override
    public String describe() {
        Package p = KMeans.class.getPackage();
        String version = p == null ? null : p.getImplementationVersion();
        return "Smile " + (version == null ? "(version unknown)" : version) + " KMeans.fit (k-means++ seeding, BBD-tree Lloyd)";
    }

    @Override
    public Fit fit(double[][] rows, int k, int maxIterations, long seed) {
        // Smile's seeding draws from MathEx's random generator of the calling thread.
        MathEx.setSeed(seed);
        KMeans model = KMeans.fit(rows, k, maxIterations, TOLERANCE);
        return new Fit(model.distortion, model.centroids);
    }
}

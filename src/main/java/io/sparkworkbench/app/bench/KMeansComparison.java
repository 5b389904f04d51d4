package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.ml.segment.SegmentationRequest;
import java.util.Locale;

/**
 * The workbench's K-Means against Smile's on the same scaled matrix, same k, same iteration cap, one seeded
 * run each (no restarts: MLlib's k-means|| and Smile's k-means++ both seed once per fit). Time is compared
 * twice: the service's whole fit (what the tab waits for) and MLlib's K-Means stage alone on cached vectors
 * (what Smile's fit does). Cost is compared as the implementations report it, and recomputed here from each
 * model's final centres on the same matrix, so a difference in what "distortion" means cannot hide.
 */
final class KMeansComparison {

    private static final int WARMUPS = 2;
    private static final int RUNS = 5;

    private final Figures figures;
    private final ScaledVectors vectors;
    private final SegmentationRequest request;

    KMeansComparison(Figures figures, ScaledVectors vectors, SegmentationRequest request) {
        this.figures = figures;
        this.vectors = vectors;
        this.request = request;
    }

    /** {@code serviceFitMs} and {@code serviceWssse}: the service's warm fit of the same request. */
    void run(double serviceFitMs, double serviceWssse) {
        double[][] matrix = vectors.matrix();
        ScaledVectors.MllibFit mllib = null;
        for (int i = 0; i < WARMUPS; i++) {
            mllib = vectors.fitKMeans(request);
        }
        double[] mllibMs = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            mllib = vectors.fitKMeans(request);
            mllibMs[i] = mllib.millis();
        }
        double mllibFitMs = Figures.median(mllibMs);
        figures.print("ml.kmeans.scale1.mllib_fit_ms", Math.round(mllibFitMs), "ms");

        KMeansPeer smile = BenchLib.kMeansPeerOrNote(figures);
        if (smile == null) {
            return;
        }
        figures.note("peer: " + smile.describe() + " on the same " + matrix.length + " x " + matrix[0].length
                + " scaled matrix, k = " + request.k() + ", max " + request.maxIterations() + " iterations, seed "
                + request.seed() + ", one run per fit (no restarts), in this JVM");
        KMeansPeer.Fit peer = null;
        for (int i = 0; i < WARMUPS; i++) {
            peer = smile.fit(matrix, request.k(), request.maxIterations(), request.seed());
        }
        double[] smileMs = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            peer = smile.fit(matrix, request.k(), request.maxIterations(), request.seed());
            smileMs[i] = (System.nanoTime() - t0) / 1e6;
        }
        double smileFitMs = Figures.median(smileMs);
        figures.print("ml.kmeans.smile.fit_ms", round1(smileFitMs), "ms");
        figures.print("ml.kmeans.ratio_vs_smile", serviceFitMs / smileFitMs, "x");
        figures.print("ml.kmeans.mllib_ratio_vs_smile", mllibFitMs / smileFitMs, "x");
        figures.print("ml.kmeans.smile.distortion", peer.distortion(), "");
        figures.print("ml.kmeans.wssse_ratio_vs_smile", serviceWssse / peer.distortion(), "x");

        double mllibCost = ScaledVectors.wssse(matrix, mllib.centres());
        double smileCost = ScaledVectors.wssse(matrix, peer.centroids());
        figures.print("ml.kmeans.recomputed_wssse_ratio_vs_smile", mllibCost / smileCost, "x");
        figures.note(String.format(Locale.ROOT, "cost recomputed from the final centres on the same matrix: MLlib %.3f"
                        + " (its trainingCost %.3f, the service's WSSSE %.3f), Smile %.3f (its distortion %.3f)",
                mllibCost, mllib.trainingCost(), serviceWssse, smileCost, peer.distortion()));
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}

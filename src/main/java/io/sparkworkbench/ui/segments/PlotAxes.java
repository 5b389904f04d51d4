package io.sparkworkbench.ui.segments;

import io.sparkworkbench.engine.ml.features.CustomerFeature;
import io.sparkworkbench.engine.ml.segment.SegmentPoints;
import io.sparkworkbench.engine.ml.segment.SegmentationResult;
import io.sparkworkbench.ui.common.Formats;
import io.sparkworkbench.ui.common.scatter.ScatterData;

/**
 * What the scatterplot's axes show: the PCA plane the model was fitted in, or two features, each
 * {@code log1p}-transformed when it is a skewed one and the user keeps logs on (as the model saw it).
 * Builds the plot's arrays; meant for a background thread, since the plot indexes the points as it is built.
 */
record PlotAxes(String x, String y, boolean logSkewed) {

    static final String PCA_1 = "PCA 1";
    static final String PCA_2 = "PCA 2";

    static PlotAxes pca() {
        return new PlotAxes(PCA_1, PCA_2, true);
    }

    boolean isPca() {
        return x.equals(PCA_1) && y.equals(PCA_2);
    }

    /** Every point the engine sent (it already capped them), so plot index i is point i of the result. */
    ScatterData build(SegmentationResult result) {
        SegmentPoints points = result.points();
        int count = points.size();
        float[] xs = values(points, x);
        float[] ys = values(points, y);
        int[] groups = points.segment();
        long[] ids = points.ids();
        int k = result.profiles().size();
        String[] names = new String[k];
        long[] sizes = new long[k];
        for (int s = 0; s < k; s++) {
            names[s] = result.profiles().get(s).name();
            sizes[s] = result.profiles().get(s).size();
        }
        float[][] centroids = isPca() ? new float[][] {result.centroidX(), result.centroidY()} : meansOf(xs, ys, groups, k);
        return ScatterData.builder(xs, ys, groups, ids).groups(names, sizes).centroids(centroids[0], centroids[1])
                .axisLabels(label(x), label(y)).note(note(points, count)).build();
    }

    private static String note(SegmentPoints points, int drawn) {
        return points.sampled()
                ? "Drawing a " + Formats.count(drawn) + "-point random sample of " + Formats.count(points.total()) + " customers"
                : "";
    }

    /** Centroids of the drawn points in the plot's own coordinates (a feature plane is not the model's space). */
    private static float[][] meansOf(float[] xs, float[] ys, int[] groups, int k) {
        double[] sx = new double[k];
        double[] sy = new double[k];
        long[] n = new long[k];
        for (int i = 0; i < xs.length; i++) {
            if (Float.isFinite(xs[i]) && Float.isFinite(ys[i])) {
                sx[groups[i]] += xs[i];
                sy[groups[i]] += ys[i];
                n[groups[i]]++;
            }
        }
        float[] cx = new float[k];
        float[] cy = new float[k];
        for (int s = 0; s < k; s++) {
            cx[s] = n[s] == 0 ? Float.NaN : (float) (sx[s] / n[s]);
            cy[s] = n[s] == 0 ? Float.NaN : (float) (sy[s] / n[s]);
        }
        return new float[][] {cx, cy};
    }

    float[] values(SegmentPoints points, String axis) {
        if (axis.equals(PCA_1)) {
            return points.pcaX();
        }
        if (axis.equals(PCA_2)) {
            return points.pcaY();
        }
        float[] raw = points.feature(axis);
        if (!logged(axis)) {
            return raw;
        }
        float[] out = new float[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = (float) Math.log1p(Math.max(0, raw[i]));
        }
        return out;
    }

    boolean logged(String axis) {
        return logSkewed && CustomerFeature.ofColumn(axis).map(CustomerFeature::skewed).orElse(false);
    }

    String label(String axis) {
        if (axis.equals(PCA_1) || axis.equals(PCA_2)) {
            return axis + " (standardized features)";
        }
        String name = CustomerFeature.ofColumn(axis).map(CustomerFeature::label).orElse(axis);
        return logged(axis) ? "log(1 + " + name + ")" : name;
    }
}

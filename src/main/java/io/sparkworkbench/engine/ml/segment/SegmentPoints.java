package io.sparkworkbench.engine.ml.segment;

import java.util.List;

/**
 * The customers the scatterplot draws, as primitive arrays (index i is one customer): every customer up
 * to the cap, else a seeded sample of that many. {@code features[f][i]} is the raw value of
 * {@code featureColumns.get(f)}, for plotting any two features and for tooltips and selections.
 */
public record SegmentPoints(long total, boolean sampled, long[] ids, int[] segment, float[] pcaX, float[] pcaY,
                            List<String> featureColumns, float[][] features) {

    public int size() {
        return ids.length;
    }

    public float[] feature(String column) {
        int index = featureColumns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("No feature " + column + " among " + featureColumns);
        }
        return features[index];
    }
}

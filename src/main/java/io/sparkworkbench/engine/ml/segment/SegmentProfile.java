package io.sparkworkbench.engine.ml.segment;

/**
 * One segment as the profile table shows it: its size and share, the mean of every column of
 * {@code customer_features} (in the order of {@link SegmentationResult#profileColumns()}) and its name.
 */
public record SegmentProfile(int segment, long size, double share, double[] means, String name) {

    public SegmentProfile withName(String newName) {
        return new SegmentProfile(segment, size, share, means, newName);
    }
}

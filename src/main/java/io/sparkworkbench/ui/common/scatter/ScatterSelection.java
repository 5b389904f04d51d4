package io.sparkworkbench.ui.common.scatter;

import java.util.Arrays;

/**
 * The points a rectangle or lasso selected: their indices in the {@link ScatterData} (ascending) and
 * their ids, in the same order. Immutable: the accessors return copies.
 */
public final class ScatterSelection {

    private static final ScatterSelection NONE = new ScatterSelection(new int[0], new long[0]);

    private final int[] indices;
    private final long[] ids;

    private ScatterSelection(int[] indices, long[] ids) {
        this.indices = indices;
        this.ids = ids;
    }

    public static ScatterSelection none() {
        return NONE;
    }

    static ScatterSelection of(ScatterData data, int[] indices) {
        if (indices.length == 0) {
            return NONE;
        }
        long[] ids = new long[indices.length];
        for (int k = 0; k < indices.length; k++) {
            ids[k] = data.id(indices[k]);
        }
        return new ScatterSelection(indices, ids);
    }

    public int[] indices() {
        return indices.clone();
    }

    public long[] ids() {
        return ids.clone();
    }

    public int size() {
        return indices.length;
    }

    public boolean isEmpty() {
        return indices.length == 0;
    }

    /** The index of the k-th selected point, without copying. */
    public int index(int k) {
        return indices[k];
    }

    @Override
    public String toString() {
        return "ScatterSelection[" + indices.length + " points" + (indices.length <= 10
                ? ": " + Arrays.toString(indices) : "") + "]";
    }
}

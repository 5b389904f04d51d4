package io.sparkworkbench.ui.graph;

import io.sparkworkbench.ui.common.graph.LayoutPositions;
import java.util.LinkedHashMap;
import java.util.Map;

/** Position sets merged by node id: the later set wins for nodes both know. */
final class Positions {

    private Positions() {
    }

    /** {@code over} laid over {@code under}; either may be null (then the other is returned). */
    static LayoutPositions merge(LayoutPositions under, LayoutPositions over) {
        if (under == null || under.size() == 0) {
            return over;
        }
        if (over == null || over.size() == 0) {
            return under;
        }
        Map<Long, float[]> merged = new LinkedHashMap<>();
        put(merged, under);
        put(merged, over);
        long[] ids = new long[merged.size()];
        float[] x = new float[ids.length];
        float[] y = new float[ids.length];
        int k = 0;
        for (Map.Entry<Long, float[]> e : merged.entrySet()) {
            ids[k] = e.getKey();
            x[k] = e.getValue()[0];
            y[k] = e.getValue()[1];
            k++;
        }
        return new LayoutPositions(ids, x, y);
    }

    private static void put(Map<Long, float[]> into, LayoutPositions p) {
        for (int i = 0; i < p.size(); i++) {
            if (Float.isFinite(p.x()[i]) && Float.isFinite(p.y()[i])) {
                into.put(p.ids()[i], new float[] {p.x()[i], p.y()[i]});
            }
        }
    }
}

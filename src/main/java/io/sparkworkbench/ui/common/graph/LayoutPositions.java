package io.sparkworkbench.ui.common.graph;

import java.util.Arrays;

/**
 * Node positions keyed by node id, as saved between sessions ({@link GraphLayoutFile}): a re-opened
 * graph whose nodes changed a little keeps the positions of the nodes it still has.
 */
public record LayoutPositions(long[] ids, float[] x, float[] y) {

    public LayoutPositions {
        if (ids.length != x.length || ids.length != y.length) {
            throw new IllegalArgumentException("positions need one x and one y per id, got " + ids.length + " ids, "
                    + x.length + " x and " + y.length + " y");
        }
    }

    /** The positions of the graph's nodes by index, as float arrays {x, y}; NaN where the node has none. */
    public float[][] forGraph(GraphData graph) {
        float[] gx = new float[graph.nodeCount()];
        float[] gy = new float[graph.nodeCount()];
        Arrays.fill(gx, Float.NaN);
        Arrays.fill(gy, Float.NaN);
        for (int k = 0; k < ids.length; k++) {
            int node = graph.indexOf(ids[k]);
            if (node >= 0) {
                gx[node] = x[k];
                gy[node] = y[k];
            }
        }
        return new float[][]{gx, gy};
    }

    /** How many of the graph's nodes have a position here. */
    public int matching(GraphData graph) {
        int found = 0;
        for (long id : ids) {
            if (graph.indexOf(id) >= 0) {
                found++;
            }
        }
        return found;
    }

    public int size() {
        return ids.length;
    }
}

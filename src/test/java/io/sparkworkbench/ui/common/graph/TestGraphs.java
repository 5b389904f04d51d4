package io.sparkworkbench.ui.common.graph;

import java.util.ArrayList;
import java.util.List;

/** Small hand-made graphs for the graph view's tests. */
final class TestGraphs {

    private TestGraphs() {
    }

    /**
     * Two cliques of {@code k} nodes (group 0: nodes 0..k-1, group 1: k..2k-1) joined by one edge between
     * node k-1 and node k. Ids are 100 + index, labels "a0".."a(k-1)" and "b0".., size = degree.
     */
    static GraphData twoCliques(int k) {
        List<int[]> edges = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < k; i++) {
                for (int j = i + 1; j < k; j++) {
                    edges.add(new int[]{c * k + i, c * k + j});
                }
            }
        }
        edges.add(new int[]{k - 1, k});
        int n = 2 * k;
        long[] ids = new long[n];
        String[] labels = new String[n];
        float[] size = new float[n];
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = 100 + i;
            labels[i] = (i < k ? "a" : "b") + (i % k);
            group[i] = i < k ? 0 : 1;
        }
        int[] src = edges.stream().mapToInt(e -> e[0]).toArray();
        int[] dst = edges.stream().mapToInt(e -> e[1]).toArray();
        for (int e = 0; e < src.length; e++) {
            size[src[e]]++;
            size[dst[e]]++;
        }
        return GraphData.of(ids, labels, size, group, new String[]{"Clique A", "Clique B"}, src, dst, null);
    }

    /** A ring of n nodes, each joined to its next {@code span} neighbours; size falls with the index. */
    static GraphData ring(int n, int span) {
        int[] src = new int[n * span];
        int[] dst = new int[n * span];
        for (int i = 0; i < n; i++) {
            for (int s = 1; s <= span; s++) {
                src[i * span + s - 1] = i;
                dst[i * span + s - 1] = (i + s) % n;
            }
        }
        long[] ids = new long[n];
        String[] labels = new String[n];
        float[] size = new float[n];
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
            labels[i] = "node " + i;
            size[i] = n - i;
            group[i] = i % 5;
        }
        return GraphData.of(ids, labels, size, group, new String[]{"g0", "g1", "g2", "g3", "g4"}, src, dst, null);
    }
}

package io.sparkworkbench.ui.common.graph;

/**
 * Node radii in pixels from the size metric: the area grows with the size (radius with its square root)
 * between a smallest and a largest radius that shrink as the graph grows, so 20,000 nodes do not cover
 * the view and 50 nodes are not specks.
 */
final class NodeRadii {

    private NodeRadii() {
    }

    static float[] of(GraphData data) {
        int n = data.nodeCount();
        double min = n <= 500 ? 4 : n <= 5_000 ? 2.5 : 1.6;
        double max = n <= 500 ? 16 : n <= 5_000 ? 12 : 10;
        double lo = data.minSize();
        double span = data.maxSize() - lo;
        float[] radius = new float[n];
        for (int i = 0; i < n; i++) {
            double t = span > 0 ? (data.size(i) - lo) / span : 0.3;
            radius[i] = (float) (min + (max - min) * Math.sqrt(t));
        }
        return radius;
    }

    static float largest(float[] radius) {
        float max = 0;
        for (float r : radius) {
            max = Math.max(max, r);
        }
        return max;
    }
}

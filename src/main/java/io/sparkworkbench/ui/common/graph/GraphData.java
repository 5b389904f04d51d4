package io.sparkworkbench.ui.common.graph;

import java.util.Arrays;
import java.util.Locale;

/**
 * A graph to draw, as primitive arrays built off the JavaFX thread: per node an id, a label, a size
 * metric (e.g. PageRank) and a colour group; per edge the indices of its two nodes and an optional weight.
 * Immutable: the arrays are copied in and checked, with a message naming the array and the entry at fault.
 * Also holds what drawing and interaction need ready-made: the neighbours of every node (both directions),
 * the node order by size, and an id lookup.
 */
public final class GraphData {

    private static final GraphData EMPTY = new GraphData(new long[0], new String[0], new float[0], new int[0],
            new String[0], new int[0], new int[0], null);

    final long[] ids;
    final String[] labels;
    final float[] size;
    final int[] group;
    final String[] groupNames;
    final int[] src;
    final int[] dst;
    final float[] weight;
    /** Neighbours of node i are neighbours[neighbourStart[i] .. neighbourStart[i + 1]). */
    final int[] neighbourStart;
    final int[] neighbours;
    /** The edge behind each entry of {@link #neighbours}. */
    final int[] neighbourEdges;
    /** Node indices from the largest size to the smallest (ties by index). */
    final int[] bySizeDescending;
    final int[] groupSizes;
    private final long[] sortedIds;
    private final int[] sortedIdIndex;
    private final float minSize;
    private final float maxSize;

    private GraphData(long[] ids, String[] labels, float[] size, int[] group, String[] groupNames, int[] src,
                      int[] dst, float[] weight) {
        this.ids = ids;
        this.labels = labels;
        this.size = size;
        this.group = group;
        this.groupNames = groupNames;
        this.src = src;
        this.dst = dst;
        this.weight = weight;
        int n = ids.length;
        neighbourStart = new int[n + 1];
        for (int e = 0; e < src.length; e++) {
            neighbourStart[src[e] + 1]++;
            neighbourStart[dst[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            neighbourStart[i + 1] += neighbourStart[i];
        }
        neighbours = new int[2 * src.length];
        neighbourEdges = new int[2 * src.length];
        int[] fill = Arrays.copyOf(neighbourStart, n);
        for (int e = 0; e < src.length; e++) {
            neighbourEdges[fill[src[e]]] = e;
            neighbours[fill[src[e]]++] = dst[e];
            neighbourEdges[fill[dst[e]]] = e;
            neighbours[fill[dst[e]]++] = src[e];
        }
        bySizeDescending = java.util.stream.IntStream.range(0, n).boxed()
                .sorted((a, b) -> size[a] != size[b] ? Float.compare(size[b], size[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
        groupSizes = new int[groupNames.length];
        for (int g : group) {
            groupSizes[g]++;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(ids[a], ids[b]));
        sortedIds = new long[n];
        sortedIdIndex = new int[n];
        for (int k = 0; k < n; k++) {
            sortedIds[k] = ids[order[k]];
            sortedIdIndex[k] = order[k];
            if (k > 0 && sortedIds[k] == sortedIds[k - 1]) {
                throw new IllegalArgumentException("node id " + sortedIds[k] + " appears twice (nodes "
                        + sortedIdIndex[k - 1] + " and " + sortedIdIndex[k] + ")");
            }
        }
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (float s : size) {
            lo = Math.min(lo, s);
            hi = Math.max(hi, s);
        }
        minSize = n == 0 ? 0 : lo;
        maxSize = n == 0 ? 0 : hi;
    }

    public static GraphData empty() {
        return EMPTY;
    }

    /**
     * @param groupNames one name per colour group; {@code group[i]} indexes it
     * @param weight     one per edge, or {@code null} when the edges are unweighted
     * @throws IllegalArgumentException naming the array and index of the first bad entry
     */
    public static GraphData of(long[] ids, String[] labels, float[] size, int[] group, String[] groupNames,
                               int[] src, int[] dst, float[] weight) {
        int n = ids.length;
        sameLength("labels", labels.length, n, "nodes");
        sameLength("size", size.length, n, "nodes");
        sameLength("group", group.length, n, "nodes");
        sameLength("dst", dst.length, src.length, "edges (src)");
        if (weight != null) {
            sameLength("weight", weight.length, src.length, "edges (src)");
        }
        for (int i = 0; i < n; i++) {
            if (labels[i] == null) {
                throw new IllegalArgumentException("labels[" + i + "] is null (node id " + ids[i] + ")");
            }
            if (!Float.isFinite(size[i]) || size[i] < 0) {
                throw new IllegalArgumentException("size[" + i + "] must be a finite number ≥ 0, got " + size[i]
                        + " (node id " + ids[i] + ")");
            }
            if (group[i] < 0 || group[i] >= groupNames.length) {
                throw new IllegalArgumentException("group[" + i + "] = " + group[i] + " is not one of the "
                        + groupNames.length + " groups (node id " + ids[i] + ")");
            }
        }
        for (int e = 0; e < src.length; e++) {
            if (src[e] < 0 || src[e] >= n || dst[e] < 0 || dst[e] >= n) {
                throw new IllegalArgumentException("edge " + e + " joins node indices " + src[e] + " and " + dst[e]
                        + ", but there are " + n + " nodes (0.." + (n - 1) + ")");
            }
            if (weight != null && (!Float.isFinite(weight[e]) || weight[e] < 0)) {
                throw new IllegalArgumentException("weight[" + e + "] must be a finite number ≥ 0, got " + weight[e]);
            }
        }
        for (int g = 0; g < groupNames.length; g++) {
            if (groupNames[g] == null) {
                throw new IllegalArgumentException("groupNames[" + g + "] is null");
            }
        }
        return new GraphData(ids.clone(), labels.clone(), size.clone(), group.clone(), groupNames.clone(),
                src.clone(), dst.clone(), weight == null ? null : weight.clone());
    }

    private static void sameLength(String array, int length, int expected, String of) {
        if (length != expected) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s has %d entries but there are %d %s",
                    array, length, expected, of));
        }
    }

    public int nodeCount() {
        return ids.length;
    }

    public int edgeCount() {
        return src.length;
    }

    public boolean isEmpty() {
        return ids.length == 0;
    }

    public long id(int node) {
        return ids[node];
    }

    public String label(int node) {
        return labels[node];
    }

    public float size(int node) {
        return size[node];
    }

    public int group(int node) {
        return group[node];
    }

    public int groupCount() {
        return groupNames.length;
    }

    public String groupName(int group) {
        return groupNames[group];
    }

    public int groupSize(int group) {
        return groupSizes[group];
    }

    public int edgeSource(int edge) {
        return src[edge];
    }

    public int edgeTarget(int edge) {
        return dst[edge];
    }

    public boolean isWeighted() {
        return weight != null;
    }

    /** The edge's weight, 1 when the graph is unweighted. */
    public float weight(int edge) {
        return weight == null ? 1f : weight[edge];
    }

    public int degree(int node) {
        return neighbourStart[node + 1] - neighbourStart[node];
    }

    /** The nodes joined to {@code node} by an edge either way (a node joined twice appears twice). */
    public int[] neighboursOf(int node) {
        return Arrays.copyOfRange(neighbours, neighbourStart[node], neighbourStart[node + 1]);
    }

    /** The index of the node with this id, or -1. */
    public int indexOf(long id) {
        int k = Arrays.binarySearch(sortedIds, id);
        return k < 0 ? -1 : sortedIdIndex[k];
    }

    public float minSize() {
        return minSize;
    }

    public float maxSize() {
        return maxSize;
    }

    /** The k largest nodes by size, largest first. */
    public int[] largest(int k) {
        return Arrays.copyOf(bySizeDescending, Math.min(k, bySizeDescending.length));
    }
}

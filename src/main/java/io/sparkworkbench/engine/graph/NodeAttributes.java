package io.sparkworkbench.engine.graph;

import java.util.List;

/**
 * The nodes the visualizer draws, as parallel primitive arrays (index i is one node), highest rank first.
 * Attributes an algorithm has not computed yet are marked: {@code rank} NaN, {@code community}/{@code component}
 * −1, {@code segment} −1 (then {@code segmentNames} is empty). {@code matching} is how many nodes passed the
 * filter; when it exceeds {@code ids.length} the rest were cut and {@code note} says so.
 */
public record NodeAttributes(long[] ids, String[] labels, int[] degree, double[] rank, long[] community, long[] component,
                             int[] segment, List<String> segmentNames, long matching, String note) {

    public int size() {
        return ids.length;
    }

    public boolean cut() {
        return matching > ids.length;
    }
}

package io.sparkworkbench.engine.graph;

import java.util.HashMap;
import java.util.Map;

/**
 * How well two labelings of the same nodes agree, by normalised mutual information: MI divided by the
 * arithmetic mean of the two entropies (scikit-learn's default), 1 for identical partitions up to
 * renaming, near 0 for independent ones. Labels are arbitrary longs (community ids, component ids), so
 * the contingency table is sparse: thousands of communities on a million nodes stay cheap.
 */
public final class PartitionAgreement {

    private PartitionAgreement() {
    }

    /** @param a label of node i in one partition; @param b label of the same node i in the other */
    public static double normalizedMutualInformation(long[] a, long[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("The labelings cover different node counts: " + a.length + " and " + b.length);
        }
        if (a.length == 0) {
            throw new IllegalArgumentException("Empty labelings have no mutual information");
        }
        int[] denseA = dense(a);
        int[] denseB = dense(b);
        int groupsB = max(denseB) + 1;
        Map<Long, int[]> joint = new HashMap<>();
        int[] countA = new int[max(denseA) + 1];
        int[] countB = new int[groupsB];
        for (int i = 0; i < a.length; i++) {
            countA[denseA[i]]++;
            countB[denseB[i]]++;
            joint.computeIfAbsent((long) denseA[i] * groupsB + denseB[i], k -> new int[1])[0]++;
        }
        double n = a.length;
        double entropyA = entropy(countA, n);
        double entropyB = entropy(countB, n);
        if (entropyA == 0 && entropyB == 0) {
            // Both put every node in one group: they agree completely.
            return 1.0;
        }
        double mutual = 0;
        for (Map.Entry<Long, int[]> cell : joint.entrySet()) {
            double nij = cell.getValue()[0];
            int i = (int) (cell.getKey() / groupsB);
            int j = (int) (cell.getKey() % groupsB);
            mutual += nij / n * Math.log(nij * n / ((double) countA[i] * countB[j]));
        }
        return Math.max(0, mutual) / ((entropyA + entropyB) / 2);
    }

    private static int[] dense(long[] labels) {
        Map<Long, Integer> ids = new HashMap<>();
        int[] dense = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            dense[i] = ids.computeIfAbsent(labels[i], k -> ids.size());
        }
        return dense;
    }

    private static int max(int[] values) {
        int max = 0;
        for (int v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    private static double entropy(int[] counts, double n) {
        double h = 0;
        for (int c : counts) {
            if (c > 0) {
                double p = c / n;
                h -= p * Math.log(p);
            }
        }
        return h;
    }
}

package io.sparkworkbench.engine.ml.recommend;

import java.util.Arrays;

/**
 * ALS factors of one side (customers or products) as one row-major float array, ids ascending, with each
 * row's L2 norm for cosine similarity. Immutable.
 */
final class FactorTable {

    private final int rank;
    private final long[] ids;
    private final float[] factors;
    private final float[] norms;

    private FactorTable(int rank, long[] ids, float[] factors) {
        this.rank = rank;
        this.ids = ids;
        this.factors = factors;
        this.norms = new float[ids.length];
        for (int i = 0; i < ids.length; i++) {
            double sum = 0;
            for (int f = 0; f < rank; f++) {
                float v = factors[i * rank + f];
                sum += v * v;
            }
            norms[i] = (float) Math.sqrt(sum);
        }
    }

    /** Rows in any order: {@code factors} holds {@code rank} values per id, row-major. */
    static FactorTable of(int rank, long[] ids, float[] factors) {
        if (rank < 1 || factors.length != (long) ids.length * rank) {
            throw new IllegalArgumentException("Expected " + ids.length + " × " + rank + " factors, got " + factors.length);
        }
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(ids[a], ids[b]));
        long[] sortedIds = new long[ids.length];
        float[] sortedFactors = new float[factors.length];
        for (int i = 0; i < order.length; i++) {
            sortedIds[i] = ids[order[i]];
            if (i > 0 && sortedIds[i] == sortedIds[i - 1]) {
                throw new IllegalArgumentException("Id " + sortedIds[i] + " has two factor rows");
            }
            System.arraycopy(factors, order[i] * rank, sortedFactors, i * rank, rank);
        }
        return new FactorTable(rank, sortedIds, sortedFactors);
    }

    int rank() {
        return rank;
    }

    int size() {
        return ids.length;
    }

    long id(int row) {
        return ids[row];
    }

    /** The row of {@code id}, or −1. */
    int row(long id) {
        int i = Arrays.binarySearch(ids, id);
        return i < 0 ? -1 : i;
    }

    /** Dot product of row {@code a} of this table with row {@code b} of {@code other}. */
    double dot(int a, FactorTable other, int b) {
        double sum = 0;
        int ai = a * rank;
        int bi = b * rank;
        for (int f = 0; f < rank; f++) {
            sum += factors[ai + f] * other.factors[bi + f];
        }
        return sum;
    }

    double cosine(int a, int b) {
        double denominator = (double) norms[a] * norms[b];
        return denominator == 0 ? 0 : dot(a, this, b) / denominator;
    }
}

package io.sparkworkbench.engine.ml.recommend;

/** The n best (index, score) pairs of a stream, kept in a small min-heap: O(m log n) for m candidates. */
final class TopN {

    private final int[] index;
    private final double[] score;
    private int size;

    TopN(int n) {
        index = new int[Math.max(0, n)];
        score = new double[Math.max(0, n)];
    }

    void offer(int candidate, double value) {
        if (index.length == 0 || Double.isNaN(value)) {
            return;
        }
        if (size < index.length) {
            index[size] = candidate;
            score[size] = value;
            siftUp(size++);
        } else if (value > score[0] || (value == score[0] && candidate < index[0])) {
            index[0] = candidate;
            score[0] = value;
            siftDown(0);
        }
    }

    /** The kept indices, best first (ties by lower index, so results are stable). */
    int[] indicesBestFirst() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(index[a], index[b]));
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = index[order[i]];
        }
        return out;
    }

    /** The score kept for {@code candidate}; only valid for an index returned by {@link #indicesBestFirst()}. */
    double scoreOf(int candidate) {
        for (int i = 0; i < size; i++) {
            if (index[i] == candidate) {
                return score[i];
            }
        }
        throw new IllegalArgumentException("Not kept: " + candidate);
    }

    private boolean worse(int a, int b) {
        return score[a] < score[b] || (score[a] == score[b] && index[a] > index[b]);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!worse(i, parent)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            int right = left + 1;
            int smallest = i;
            if (left < size && worse(left, smallest)) {
                smallest = left;
            }
            if (right < size && worse(right, smallest)) {
                smallest = right;
            }
            if (smallest == i) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        int ti = index[a];
        index[a] = index[b];
        index[b] = ti;
        double ts = score[a];
        score[a] = score[b];
        score[b] = ts;
    }
}

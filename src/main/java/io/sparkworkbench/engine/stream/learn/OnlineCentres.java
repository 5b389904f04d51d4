package io.sparkworkbench.engine.stream.learn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Mini-batch K-Means with a decay factor over the live stream, started from the batch model's centres. Per
 * micro-batch, each centre c that got m points summing to Σx moves to (decay·n·c + Σx) / (decay·n + m) and its
 * weight n becomes decay·n + m; a centre that got no point keeps its place while its weight decays, so old
 * evidence fades and a shift in who is active pulls the centres along. The drift of each centre (Euclidean
 * distance, in the pipeline's scaled space, from the batch model's centre) is kept as a bounded series.
 * Idempotent by batch id, like the live queries' tables: {@code foreachBatch} may deliver a batch again.
 * Thread-safe: one writer (the query's batch thread), readers and {@link #resetToBatch()} from anywhere.
 */
final class OnlineCentres {

    static final int SERIES_KEPT = 300;
    private static final int FORMAT = 1;

    /** One batch's drift of every centre. */
    record DriftPoint(long batchId, long timeMs, double[] drift) {
    }

    private final double decay;
    private final double[][] batchCentres;
    private final double[] initialWeights;
    private final double[][] centres;
    private final double[] weights;
    private final ArrayDeque<DriftPoint> series = new ArrayDeque<>();
    private long lastBatchId = -1;

    /**
     * @param batchCentres the batch model's centres (k rows of d numbers)
     * @param initialWeights how many points each batch centre stands for at the start (its segment's size)
     */
    OnlineCentres(double[][] batchCentres, double[] initialWeights, double decay) {
        if (batchCentres.length == 0 || initialWeights.length != batchCentres.length) {
            throw new IllegalArgumentException("need one weight per centre: " + batchCentres.length + " centres, " + initialWeights.length + " weights");
        }
        if (!(decay > 0 && decay <= 1)) {
            throw new IllegalArgumentException("the decay factor must lie in (0, 1], not " + decay);
        }
        this.decay = decay;
        this.batchCentres = deepCopy(batchCentres);
        this.initialWeights = initialWeights.clone();
        this.centres = deepCopy(batchCentres);
        this.weights = initialWeights.clone();
    }

    int k() {
        return batchCentres.length;
    }

    int dimensions() {
        return batchCentres[0].length;
    }

    double decay() {
        return decay;
    }

    /**
     * Folds one batch: {@code counts[c]} points, summing to {@code sums[c]}, were nearest centre c. False (and
     * nothing changes) when {@code batchId} was applied already.
     */
    synchronized boolean apply(long batchId, long[] counts, double[][] sums, long timeMs) {
        if (batchId <= lastBatchId) {
            return false;
        }
        if (counts.length != k() || sums.length != k()) {
            throw new IllegalArgumentException("a batch of " + counts.length + " centres for a model of " + k());
        }
        for (int c = 0; c < k(); c++) {
            double kept = decay * weights[c];
            if (counts[c] > 0) {
                double total = kept + counts[c];
                for (int i = 0; i < dimensions(); i++) {
                    centres[c][i] = (kept * centres[c][i] + sums[c][i]) / total;
                }
                weights[c] = total;
            } else {
                weights[c] = kept;
            }
        }
        lastBatchId = batchId;
        series.addLast(new DriftPoint(batchId, timeMs, drift()));
        while (series.size() > SERIES_KEPT) {
            series.pollFirst();
        }
        return true;
    }

    /** Back to the batch model's centres and weights. The batch id stays: a replay still does not apply. */
    synchronized void resetToBatch(long timeMs) {
        for (int c = 0; c < k(); c++) {
            centres[c] = batchCentres[c].clone();
        }
        System.arraycopy(initialWeights, 0, weights, 0, weights.length);
        series.addLast(new DriftPoint(lastBatchId, timeMs, drift()));
        while (series.size() > SERIES_KEPT) {
            series.pollFirst();
        }
    }

    synchronized double[][] centres() {
        return deepCopy(centres);
    }

    synchronized double[] weights() {
        return weights.clone();
    }

    double[][] batchCentres() {
        return deepCopy(batchCentres);
    }

    synchronized long lastBatchId() {
        return lastBatchId;
    }

    /** The current distance of every centre from its batch model centre. */
    synchronized double[] drift() {
        double[] out = new double[k()];
        for (int c = 0; c < k(); c++) {
            double s = 0;
            for (int i = 0; i < dimensions(); i++) {
                double d = centres[c][i] - batchCentres[c][i];
                s += d * d;
            }
            out[c] = Math.sqrt(s);
        }
        return out;
    }

    synchronized List<DriftPoint> series() {
        List<DriftPoint> out = new ArrayList<>(series.size());
        series.forEach(p -> out.add(new DriftPoint(p.batchId(), p.timeMs(), p.drift().clone())));
        return out;
    }

    synchronized byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(k());
            out.writeInt(dimensions());
            out.writeDouble(decay);
            out.writeLong(lastBatchId);
            for (int c = 0; c < k(); c++) {
                writeAll(out, batchCentres[c]);
                writeAll(out, centres[c]);
            }
            writeAll(out, weights);
            out.writeInt(series.size());
            for (DriftPoint p : series) {
                out.writeLong(p.batchId());
                out.writeLong(p.timeMs());
                writeAll(out, p.drift());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Takes the state {@link #encode()} wrote. When it was learnt from other batch centres (the segmentation was
     * trained again since), only its batch id is kept, so replays still do not apply, and the centres start from
     * this model's; returns false then.
     */
    synchronized boolean restore(byte[] encoded) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            int format = in.readInt();
            int k = in.readInt();
            int d = in.readInt();
            if (format != FORMAT) {
                throw new IOException("it holds format " + format + "; this version keeps format " + FORMAT);
            }
            in.readDouble();
            long batch = in.readLong();
            lastBatchId = batch;
            if (k != k() || d != dimensions()) {
                return false;
            }
            double[][] storedBatch = new double[k][];
            double[][] storedCentres = new double[k][];
            for (int c = 0; c < k; c++) {
                storedBatch[c] = readAll(in, d);
                storedCentres[c] = readAll(in, d);
            }
            if (!Arrays.deepEquals(storedBatch, batchCentres)) {
                return false;
            }
            double[] storedWeights = readAll(in, k);
            int points = in.readInt();
            series.clear();
            for (int p = 0; p < points; p++) {
                series.addLast(new DriftPoint(in.readLong(), in.readLong(), readAll(in, k)));
            }
            for (int c = 0; c < k; c++) {
                centres[c] = storedCentres[c];
            }
            System.arraycopy(storedWeights, 0, weights, 0, k);
            return true;
        }
    }

    private static void writeAll(DataOutputStream out, double[] values) throws IOException {
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    private static double[] readAll(DataInputStream in, int n) throws IOException {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = in.readDouble();
        }
        return out;
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = rows[r].clone();
        }
        return out;
    }
}

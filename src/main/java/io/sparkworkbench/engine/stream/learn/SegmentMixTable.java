package io.sparkworkbench.engine.stream.learn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The live segment mix on the driver: per 10-second event-time window, events per segment, plus the anonymous
 * events and those of customer ids the open data set does not hold. Each batch's counts are added (the query is
 * stateless: a batch brings only its own events), so idempotence by batch id is what keeps a replay from
 * counting twice. At most {@code maxWindows} windows; a count for a window older than those is dropped and
 * counted. Thread-safe: one writer, any readers.
 */
final class SegmentMixTable {

    /** Column of the anonymous events in a window's counts, after the k segments. */
    static final int ANONYMOUS = 0;
    /** Column of events whose customer id the data set does not hold. */
    static final int UNKNOWN = 1;
    private static final int FORMAT = 1;

    /** One batch's count: a window, a column (a segment 0..k-1, or k + ANONYMOUS, k + UNKNOWN) and events. */
    record Count(long windowStartMs, int column, long events) {
    }

    private final int k;
    private final int maxWindows;
    private final TreeMap<Long, long[]> windows = new TreeMap<>();
    private long lastBatchId = -1;
    private long countsTooOld;

    SegmentMixTable(int k, int maxWindows) {
        this.k = k;
        this.maxWindows = maxWindows;
    }

    int k() {
        return k;
    }

    synchronized boolean apply(long batchId, List<Count> counts) {
        if (batchId <= lastBatchId) {
            return false;
        }
        for (Count c : counts) {
            if (c.column() < 0 || c.column() >= k + 2) {
                throw new IllegalArgumentException("no column " + c.column() + " in a mix of " + k + " segments");
            }
            if (windows.size() >= maxWindows && c.windowStartMs() < windows.firstKey()) {
                countsTooOld += c.events();
                continue;
            }
            windows.computeIfAbsent(c.windowStartMs(), w -> new long[k + 2])[c.column()] += c.events();
        }
        while (windows.size() > maxWindows) {
            windows.pollFirstEntry();
        }
        lastBatchId = batchId;
        return true;
    }

    synchronized long lastBatchId() {
        return lastBatchId;
    }

    /** Events of windows older than the history kept (they changed nothing). */
    synchronized long countsTooOld() {
        return countsTooOld;
    }

    /** Window start → counts (k segments, anonymous, unknown), oldest first; copies. */
    synchronized TreeMap<Long, long[]> windows() {
        TreeMap<Long, long[]> out = new TreeMap<>();
        windows.forEach((w, c) -> out.put(w, c.clone()));
        return out;
    }

    synchronized byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(k);
            out.writeLong(lastBatchId);
            out.writeLong(countsTooOld);
            out.writeInt(windows.size());
            for (Map.Entry<Long, long[]> w : windows.entrySet()) {
                out.writeLong(w.getKey());
                for (long v : w.getValue()) {
                    out.writeLong(v);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Takes the state {@link #encode()} wrote; refuses a mix of another k (a retrained segmentation), naming why. */
    synchronized void restore(byte[] encoded) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            int format = in.readInt();
            int storedK = in.readInt();
            if (format != FORMAT || storedK != k) {
                throw new IOException("it holds format " + format + " with " + storedK + " segments; this query keeps format " + FORMAT
                        + " with " + k + " segments");
            }
            long batch = in.readLong();
            long tooOld = in.readLong();
            int count = in.readInt();
            TreeMap<Long, long[]> read = new TreeMap<>();
            for (int i = 0; i < count; i++) {
                long start = in.readLong();
                long[] values = new long[k + 2];
                for (int v = 0; v < values.length; v++) {
                    values[v] = in.readLong();
                }
                read.put(start, values);
            }
            windows.clear();
            windows.putAll(read);
            lastBatchId = batch;
            countsTooOld = tooOld;
        }
    }
}

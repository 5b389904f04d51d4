package io.sparkworkbench.engine.stream.query;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A live query's latest state on the driver: its most recent windows (at most {@code maxWindows}, older ones
 * fall off), each holding numbers per key. Folding is idempotent by batch id: a batch whose id is not above
 * the last one folded is ignored, because {@code foreachBatch} delivers a batch again after a failure or a
 * restart. REPLACE takes each row as the key's new total (update-mode aggregates emit the whole running
 * total of every key they touched); ADD adds it (append-mode results, each emitted once, so the batch id
 * check is all that stands between a replay and a double count). Thread-safe: one writer (the query's
 * batch thread), any number of readers.
 */
final class WindowTable {

    enum Mode { REPLACE, ADD }

    private static final int FORMAT = 1;

    private final Mode mode;
    private final int width;
    private final int maxWindows;
    private final TreeMap<Long, Window> windows = new TreeMap<>();
    private long lastBatchId = -1;
    private long rowsTooOld;
    private double lastDelta;

    private record Window(long start, long end, Map<String, double[]> values) {
    }

    WindowTable(Mode mode, int width, int maxWindows) {
        if (width < 1 || maxWindows < 1) {
            throw new IllegalArgumentException("width and maxWindows must be positive: " + width + ", " + maxWindows);
        }
        this.mode = mode;
        this.width = width;
        this.maxWindows = maxWindows;
    }

    /** Folds one batch's rows; false (and nothing changes) when {@code batchId} was folded already. */
    synchronized boolean apply(long batchId, List<WindowEntry> entries) {
        if (batchId <= lastBatchId) {
            return false;
        }
        double delta = 0;
        for (WindowEntry e : entries) {
            if (e.values().length != width) {
                throw new IllegalArgumentException("a row of " + e.values().length + " numbers where the table holds " + width);
            }
            if (windows.size() >= maxWindows && e.startMs() < windows.firstKey()) {
                // A window that already fell off the history: keeping it would push out a newer one.
                rowsTooOld++;
                continue;
            }
            Window w = windows.computeIfAbsent(e.startMs(), s -> new Window(s, e.endMs(), new LinkedHashMap<>()));
            double[] current = w.values().get(e.key());
            delta += mode == Mode.ADD || current == null ? e.values()[0] : e.values()[0] - current[0];
            if (current == null || mode == Mode.REPLACE) {
                w.values().put(e.key(), e.values().clone());
            } else {
                for (int i = 0; i < width; i++) {
                    current[i] += e.values()[i];
                }
            }
        }
        while (windows.size() > maxWindows) {
            windows.pollFirstEntry();
        }
        lastBatchId = batchId;
        lastDelta = delta;
        return true;
    }

    /**
     * How much the last batch folded in added to the first number of all keys together: for a table of counts,
     * the events that batch counted (a REPLACE row brings a key's new total, so its old total is taken off).
     */
    synchronized double lastDelta() {
        return lastDelta;
    }

    synchronized long lastBatchId() {
        return lastBatchId;
    }

    /** Rows that arrived for windows older than the history kept (they changed nothing). */
    synchronized long rowsTooOld() {
        return rowsTooOld;
    }

    /** How many entries (window × key) it holds. */
    synchronized int rowCount() {
        int n = 0;
        for (Window w : windows.values()) {
            n += w.values().size();
        }
        return n;
    }

    /** Every entry, oldest window first, keys in arrival order (copies: the caller may keep them). */
    synchronized List<WindowEntry> entries() {
        List<WindowEntry> out = new ArrayList<>();
        for (Window w : windows.values()) {
            w.values().forEach((key, values) -> out.add(new WindowEntry(w.start(), w.end(), key, values.clone())));
        }
        return out;
    }

    /** Reads under the lock, for a consistent view of several windows at once. */
    synchronized <T> T read(Function<List<WindowEntry>, T> reader) {
        return reader.apply(entries());
    }

    /** The whole state with its last batch id, to persist beside the checkpoint. */
    synchronized byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeUTF(mode.name());
            out.writeInt(width);
            out.writeLong(lastBatchId);
            out.writeLong(rowsTooOld);
            out.writeInt(windows.size());
            for (Window w : windows.values()) {
                out.writeLong(w.start());
                out.writeLong(w.end());
                out.writeInt(w.values().size());
                for (Map.Entry<String, double[]> e : w.values().entrySet()) {
                    out.writeUTF(e.getKey());
                    for (double v : e.getValue()) {
                        out.writeDouble(v);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Replaces the state with one {@link #encode()} wrote; refuses bytes of another shape, naming why. */
    synchronized void restore(byte[] encoded) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            int format = in.readInt();
            String storedMode = in.readUTF();
            int storedWidth = in.readInt();
            if (format != FORMAT || !storedMode.equals(mode.name()) || storedWidth != width) {
                throw new IOException("it holds format " + format + ", " + storedMode + " rows of " + storedWidth
                        + " numbers; this query keeps format " + FORMAT + ", " + mode + " rows of " + width);
            }
            long batch = in.readLong();
            long tooOld = in.readLong();
            TreeMap<Long, Window> read = new TreeMap<>();
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                Window w = new Window(in.readLong(), in.readLong(), new LinkedHashMap<>());
                int keys = in.readInt();
                for (int k = 0; k < keys; k++) {
                    String key = in.readUTF();
                    double[] values = new double[width];
                    for (int v = 0; v < width; v++) {
                        values[v] = in.readDouble();
                    }
                    w.values().put(key, values);
                }
                read.put(w.start(), w);
            }
            windows.clear();
            windows.putAll(read);
            lastBatchId = batch;
            rowsTooOld = tooOld;
        }
    }

    /** Forgets everything (a fresh start of the query). */
    synchronized void clear() {
        windows.clear();
        lastBatchId = -1;
        rowsTooOld = 0;
    }
}

package io.sparkworkbench.engine.stream.query;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The four window charts' state on the driver: their tables (counts, revenue and products add up batch by batch; the
 * funnel's estimates are replaced), the newest event time seen (the watermark is that less the allowed delay, as Spark
 * would keep it), and the funnel's sketches of the minutes the watermark has not passed yet, which later batches'
 * sessions are merged into (distinct counts do not add). All of it is encoded as one, so that the snapshot file beside
 * the checkpoint holds the four charts at one batch id.
 */
final class ChartsState implements LiveState {

    /** "CHRT": the window charts' state, not one table's (whose first int is its format, 1). */
    private static final int MAGIC = 0x43485254;
    private static final int FORMAT = 1;
    private static final EventCountsQuery COUNTS = new EventCountsQuery();
    private static final RevenueQuery REVENUE = new RevenueQuery();
    private static final TopProductsQuery PRODUCTS = new TopProductsQuery();
    private static final FunnelQuery FUNNEL = new FunnelQuery();

    private final long watermarkDelayMs;
    private final WindowTable counts = new WindowTable(WindowTable.Mode.ADD, 1, EventCountsQuery.HISTORY);
    private final WindowTable revenue = new WindowTable(WindowTable.Mode.ADD, 2, RevenueQuery.HISTORY);
    private final WindowTable products = new WindowTable(WindowTable.Mode.ADD, 3, TopProductsQuery.HISTORY);
    private final WindowTable funnel = new WindowTable(WindowTable.Mode.REPLACE, 1, FunnelQuery.HISTORY);
    /** Minute start → per funnel step, the compact sketch of its sessions so far; only minutes still open to events. */
    private final TreeMap<Long, byte[][]> openMinutes = new TreeMap<>();
    private long newestEventMs = Long.MIN_VALUE;
    private long lastBatchId = -1;

    ChartsState(long watermarkDelayMs) {
        this.watermarkDelayMs = watermarkDelayMs;
    }

    @Override
    public Optional<BatchOutcome> fold(Dataset<Row> batch, long batchId) {
        long watermark;
        synchronized (this) {
            if (batchId <= lastBatchId) {
                return Optional.empty();
            }
            watermark = watermark();
        }
        BatchFold.Partial p = BatchFold.fold(batch, watermark);
        synchronized (this) {
            newestEventMs = Math.max(newestEventMs, p.newestMs);
            long after = watermark();
            counts.apply(batchId, p.eventCounts());
            revenue.apply(batchId, p.revenuePerMinute());
            products.apply(batchId, p.productsPerMinute());
            funnel.apply(batchId, funnelEstimates(p, after));
            lastBatchId = batchId;
            return Optional.of(new BatchOutcome(p.events, p.late, after == Long.MIN_VALUE ? -1 : after, driverRows()));
        }
    }

    /** The tables' entries and the open minutes' sketches (one per step): what it keeps instead of Spark's state. */
    private long driverRows() {
        long sketches = 0;
        for (byte[][] steps : openMinutes.values()) {
            sketches += steps.length;
        }
        return (long) counts.rowCount() + revenue.rowCount() + products.rowCount() + funnel.rowCount() + sketches;
    }

    /** Events older than this are late: the newest event time of the batches before, less the delay allowed. */
    private long watermark() {
        return newestEventMs == Long.MIN_VALUE ? Long.MIN_VALUE : newestEventMs - watermarkDelayMs;
    }

    /** The batch's sessions merged into each minute's sketch; minutes the new watermark has passed are closed (their sketches dropped). */
    private List<WindowEntry> funnelEstimates(BatchFold.Partial p, long watermark) {
        List<WindowEntry> out = new ArrayList<>();
        p.funnel.forEach((minute, steps) -> out.addAll(BatchFold.funnelEntries(minute, openMinutes.merge(minute, steps, BatchFold::union))));
        openMinutes.headMap(watermark == Long.MIN_VALUE ? Long.MIN_VALUE : watermark - BatchFold.MINUTE_MS, true).clear();
        while (openMinutes.size() > FunnelQuery.HISTORY) {
            openMinutes.pollFirstEntry();
        }
        return out;
    }

    @Override
    public synchronized long lastBatchId() {
        return lastBatchId;
    }

    @Override
    public Optional<WindowTable> table(String view) {
        return switch (view) {
            case EventCountsQuery.VIEW -> Optional.of(counts);
            case RevenueQuery.VIEW -> Optional.of(revenue);
            case TopProductsQuery.VIEW -> Optional.of(products);
            case FunnelQuery.VIEW -> Optional.of(funnel);
            default -> Optional.empty();
        };
    }

    @Override
    public void registerViews(SparkSession views) {
        COUNTS.registerView(views, counts);
        REVENUE.registerView(views, revenue);
        PRODUCTS.registerView(views, products);
        FUNNEL.registerView(views, funnel);
    }

    @Override
    public synchronized byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeLong(lastBatchId);
            out.writeLong(newestEventMs);
            for (WindowTable t : List.of(counts, revenue, products, funnel)) {
                writeBytes(out, t.encode());
            }
            out.writeInt(openMinutes.size());
            for (Map.Entry<Long, byte[][]> e : openMinutes.entrySet()) {
                out.writeLong(e.getKey());
                out.writeInt(e.getValue().length);
                for (byte[] sketch : e.getValue()) {
                    writeBytes(out, sketch);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public synchronized void restore(byte[] encoded) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            int magic = in.readInt();
            if (magic != MAGIC) {
                throw new IOException("it is not the window charts' state (it begins 0x" + Integer.toHexString(magic)
                        + "); the window charts keep format " + FORMAT);
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IOException("it holds format " + format + "; the window charts keep format " + FORMAT);
            }
            long batch = in.readLong();
            long newest = in.readLong();
            for (WindowTable t : List.of(counts, revenue, products, funnel)) {
                t.restore(readBytes(in));
            }
            TreeMap<Long, byte[][]> minutes = new TreeMap<>();
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                long minute = in.readLong();
                byte[][] steps = new byte[in.readInt()][];
                for (int s = 0; s < steps.length; s++) {
                    steps[s] = readBytes(in);
                }
                minutes.put(minute, steps);
            }
            openMinutes.clear();
            openMinutes.putAll(minutes);
            lastBatchId = batch;
            newestEventMs = newest;
        }
    }

    @Override
    public synchronized void clear() {
        List.of(counts, revenue, products, funnel).forEach(WindowTable::clear);
        openMinutes.clear();
        lastBatchId = -1;
        newestEventMs = Long.MIN_VALUE;
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 64 << 20) {
            throw new IOException("a block of " + length + " bytes where the window charts' state has none that large");
        }
        byte[] b = new byte[length];
        in.readFully(b);
        return b;
    }
}

package io.sparkworkbench.engine.stream.query;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.unix_millis;

import io.sparkworkbench.engine.stream.LiveEventSchema;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.hll.Union;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The four window charts' numbers from one pass over a batch of events, in a single Spark stage (ADR 0051's "one parse
 * per batch"): each partition folds its events into a small {@link Partial} (per 10-second bucket and type: events; per
 * bucket: purchases and revenue; per bucket and product: events, purchases, revenue; per minute and funnel step: an HLL
 * sketch of the sessions), the partials are collected (their size is bounded by the keys, not the events) and merged on
 * the driver. The sliding minutes of revenue and top products are sums of six buckets, so nothing is exploded per window.
 * The sketches are DataSketches' HLL at the funnel query's size, updated with the session id as Spark's
 * {@code hll_sketch_agg} updates them, so the funnel's estimates are the same kind.
 */
final class BatchFold {

    static final long BUCKET_MS = 10_000;
    static final long MINUTE_MS = 60_000;
    private static final TgtHllType SKETCH_TYPE = TgtHllType.HLL_8;

    private BatchFold() {
    }

    /** Folds {@code events} (the live event schema) in one stage and merges the partitions' partials on the driver. */
    static Partial fold(Dataset<Row> events) {
        return fold(events, Long.MIN_VALUE);
    }

    /** {@link #fold(Dataset)} counting the events older than {@code watermarkMs} as late instead of folding them. */
    static Partial fold(Dataset<Row> events, long watermarkMs) {
        Dataset<Row> needed = events.select(unix_millis(col(LiveEventSchema.EVENT_TS)), col(LiveEventSchema.EVENT_TYPE),
                col(LiveEventSchema.PRODUCT_ID), col(LiveEventSchema.AMOUNT), col(LiveEventSchema.SESSION_ID));
        Partial merged = new Partial();
        for (Partial p : needed.mapPartitions(new FoldPartition(watermarkMs), Encoders.javaSerialization(Partial.class)).collectAsList()) {
            merged.merge(p);
        }
        return merged;
    }

    /** One partition's events into one partial; sketches leave the executor as their compact bytes. */
    private static final class FoldPartition implements MapPartitionsFunction<Row, Partial> {
        private final long watermarkMs;

        FoldPartition(long watermarkMs) {
            this.watermarkMs = watermarkMs;
        }

        @Override
        public Iterator<Partial> call(Iterator<Row> rows) {
            Partial p = new Partial();
            Map<Long, HllSketch[]> sketches = new HashMap<>();
            while (rows.hasNext()) {
                Row r = rows.next();
                long ts = r.getLong(0);
                if (ts < watermarkMs) {
                    p.late++;
                    continue;
                }
                String type = r.getString(1);
                p.add(ts, type, r.isNullAt(2) ? null : r.getLong(2), r.isNullAt(3) ? 0 : r.getDouble(3));
                HllSketch[] steps = sketches.computeIfAbsent(Math.floorDiv(ts, MINUTE_MS) * MINUTE_MS, m -> newSketches());
                long session = r.getLong(4);
                for (int s = 0; s <= FunnelQuery.stepOf(type); s++) {
                    steps[s].update(session);
                }
            }
            sketches.forEach((minute, steps) -> {
                byte[][] bytes = new byte[steps.length][];
                for (int s = 0; s < steps.length; s++) {
                    bytes[s] = steps[s].toCompactByteArray();
                }
                p.funnel.put(minute, bytes);
            });
            return List.of(p).iterator();
        }
    }

    private static HllSketch[] newSketches() {
        HllSketch[] steps = new HllSketch[FunnelQuery.STEPS.size()];
        for (int s = 0; s < steps.length; s++) {
            steps[s] = new HllSketch(FunnelQuery.SKETCH_LG_K, SKETCH_TYPE);
        }
        return steps;
    }

    /** A fold's numbers; mergeable with another's. Keys are window starts in epoch millis. */
    public static final class Partial implements Serializable {
        private static final long serialVersionUID = 1L;

        long events;
        /** Events older than the watermark: not folded. */
        long late;
        long newestMs = Long.MIN_VALUE;
        /** Per 10 s bucket, per event type: events. */
        final TreeMap<Long, Map<String, Long>> counts = new TreeMap<>();
        /** Per 10 s bucket: {revenue, purchases}. */
        final TreeMap<Long, double[]> revenue = new TreeMap<>();
        /** Per 10 s bucket, per product: {events, purchases, revenue}. */
        final TreeMap<Long, Map<Long, double[]>> products = new TreeMap<>();
        /** Per minute, per funnel step: the compact bytes of an HLL sketch of its sessions. */
        final TreeMap<Long, byte[][]> funnel = new TreeMap<>();

        void add(long ts, String type, Long product, double amount) {
            events++;
            newestMs = Math.max(newestMs, ts);
            long bucket = Math.floorDiv(ts, BUCKET_MS) * BUCKET_MS;
            counts.computeIfAbsent(bucket, b -> new HashMap<>()).merge(type, 1L, Long::sum);
            boolean purchase = "purchase".equals(type);
            if (purchase) {
                double[] r = revenue.computeIfAbsent(bucket, b -> new double[2]);
                r[0] += amount;
                r[1]++;
            }
            if (product != null) {
                double[] p = products.computeIfAbsent(bucket, b -> new HashMap<>()).computeIfAbsent(product, k -> new double[3]);
                p[0]++;
                if (purchase) {
                    p[1]++;
                    p[2] += amount;
                }
            }
        }

        void merge(Partial other) {
            events += other.events;
            late += other.late;
            newestMs = Math.max(newestMs, other.newestMs);
            other.counts.forEach((b, types) -> types.forEach((t, n) -> counts.computeIfAbsent(b, k -> new HashMap<>()).merge(t, n, Long::sum)));
            other.revenue.forEach((b, r) -> addInto(revenue.computeIfAbsent(b, k -> new double[2]), r));
            other.products.forEach((b, ps) -> ps.forEach((id, p) ->
                    addInto(products.computeIfAbsent(b, k -> new HashMap<>()).computeIfAbsent(id, k -> new double[3]), p)));
            other.funnel.forEach((minute, steps) -> funnel.merge(minute, steps, BatchFold::union));
        }

        /** Events per type per 10 s window, as {@link EventCountsQuery}'s rows. */
        List<WindowEntry> eventCounts() {
            List<WindowEntry> out = new ArrayList<>();
            counts.forEach((b, types) -> types.forEach((t, n) -> out.add(new WindowEntry(b, b + BUCKET_MS, t, new double[] {n}))));
            return out;
        }

        /** Revenue and purchases per minute sliding every 10 s, as {@link RevenueQuery}'s rows: each the sum of six buckets. */
        List<WindowEntry> revenuePerMinute() {
            TreeMap<Long, double[]> windows = new TreeMap<>();
            revenue.forEach((b, r) -> {
                for (long start = b - MINUTE_MS + BUCKET_MS; start <= b; start += BUCKET_MS) {
                    addInto(windows.computeIfAbsent(start, k -> new double[2]), r);
                }
            });
            List<WindowEntry> out = new ArrayList<>();
            windows.forEach((start, r) -> out.add(new WindowEntry(start, start + MINUTE_MS, "", r)));
            return out;
        }

        /** Events, purchases and revenue per product per sliding minute, as {@link TopProductsQuery}'s rows. */
        List<WindowEntry> productsPerMinute() {
            TreeMap<Long, Map<Long, double[]>> windows = new TreeMap<>();
            products.forEach((b, ps) -> {
                for (long start = b - MINUTE_MS + BUCKET_MS; start <= b; start += BUCKET_MS) {
                    Map<Long, double[]> w = windows.computeIfAbsent(start, k -> new HashMap<>());
                    ps.forEach((id, p) -> addInto(w.computeIfAbsent(id, k -> new double[3]), p));
                }
            });
            List<WindowEntry> out = new ArrayList<>();
            windows.forEach((start, ps) -> ps.forEach((id, p) -> out.add(new WindowEntry(start, start + MINUTE_MS, Long.toString(id), p))));
            return out;
        }

        /** Estimated distinct sessions per minute and step, as {@link FunnelQuery}'s rows (keyed by the step's name). */
        List<WindowEntry> funnelPerMinute() {
            List<WindowEntry> out = new ArrayList<>();
            funnel.forEach((minute, steps) -> out.addAll(funnelEntries(minute, steps)));
            return out;
        }
    }

    /** A minute's funnel rows: each step's sketch's estimate of its distinct sessions. */
    static List<WindowEntry> funnelEntries(long minute, byte[][] steps) {
        double[] estimates = estimates(steps);
        List<WindowEntry> out = new ArrayList<>(steps.length);
        for (int s = 0; s < steps.length; s++) {
            out.add(new WindowEntry(minute, minute + MINUTE_MS, FunnelQuery.STEPS.get(s), new double[] {estimates[s]}));
        }
        return out;
    }

    private static void addInto(double[] into, double[] values) {
        for (int i = 0; i < into.length; i++) {
            into[i] += values[i];
        }
    }

    /** Each step's sketch's estimate of its distinct sessions, rounded. */
    static double[] estimates(byte[][] steps) {
        double[] out = new double[steps.length];
        for (int s = 0; s < steps.length; s++) {
            out[s] = Math.round(HllSketch.heapify(steps[s]).getEstimate());
        }
        return out;
    }

    /** The union of two minutes' step sketches, step by step. */
    static byte[][] union(byte[][] a, byte[][] b) {
        byte[][] out = new byte[a.length][];
        for (int s = 0; s < a.length; s++) {
            Union u = new Union(FunnelQuery.SKETCH_LG_K);
            u.update(HllSketch.heapify(a[s]));
            u.update(HllSketch.heapify(b[s]));
            out[s] = u.getResult(SKETCH_TYPE).toCompactByteArray();
        }
        return out;
    }
}

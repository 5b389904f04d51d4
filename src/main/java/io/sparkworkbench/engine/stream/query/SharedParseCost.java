package io.sparkworkbench.engine.stream.query;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_millis;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.window;

import io.sparkworkbench.engine.FileTrees;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.stream.LiveEventSchema;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The measurement ADR 0032 left for later, behind ADR 0051: what a live batch costs when the four window charts
 * (event counts, revenue, top products, funnel) come from one stateless streaming query that reads and parses the
 * batch once and computes every aggregate over it as batch jobs in {@code foreachBatch}, beside the sessions query,
 * against the five queries of today. The same fixed workload as {@link LiveStreamBench#batchCosts}. It measures the
 * shape of the work, not a finished design: the aggregates are collected and dropped, with no driver-side windows,
 * watermark or exactly-once bookkeeping (those cost microseconds on the driver next to a Spark job).
 */
final class SharedParseCost {

    private static final Logger LOG = LoggerFactory.getLogger(SharedParseCost.class);
    static final String QUERY = "live_shared_parse";

    private SharedParseCost() {
    }

    /** How the one query's {@code foreachBatch} computes the four charts' numbers. */
    enum Shape {
        /** The four aggregations over the cached batch as one union, collected at once. */
        ONE_JOB("one-job"),
        /** The four aggregations over the cached batch, collected one after the other. */
        FOUR_JOBS("four-jobs"),
        /** {@link BatchFold}: one stage, partials per partition merged on the driver, nothing cached. */
        FOLD("fold");

        final String label;

        Shape(String label) {
            this.label = label;
        }
    }

    /** @return per query name, its median batch as {@link BatchBreakdown} reports it, plus the shared body's median */
    static Map<String, String> run(SparkEngine engine, Path workFolder, int eventsPerBatch, int batches, Shape shape) throws Exception {
        String variant = shape.label;
        Path input = LiveStreamBench.fixedWorkload(workFolder.resolve("shared-events-" + variant), "shared", eventsPerBatch, batches);
        LiveInput liveInput = LiveInput.jsonFolder(input, 1);
        LiveStreamConfig config = LiveStreamConfig.defaults().withTrigger(LiveTrigger.availableNow()).withScope("shared" + variant);
        LiveStreamService sessions = new LiveStreamService(engine, liveInput, config, List.of(new SessionsQuery()));
        BatchBreakdown breakdown = new BatchBreakdown(2);
        SparkSession spark = engine.awaitSession();
        spark.streams().addListener(breakdown);
        SharedBody body = new SharedBody(shape, config.watermark().toMillis());
        String name = QUERY + "-" + variant;
        try {
            sessions.startFresh(SessionsQuery.VIEW);
            var shared = engine.startStream("bench streaming: shared parse", ctx -> {
                Path checkpoint = ctx.checkpointFolder(name);
                FileTrees.deleteQuietly(checkpoint);
                Dataset<Row> parsed = liveInput.open(ctx.spark());
                return LiveQueryConf.start(ctx.spark(), () -> LiveQueryRun.observeEmitted(parsed).writeStream().queryName(name)
                        .option("checkpointLocation", ctx.checkpointFolder(name).toString())
                        .trigger(config.trigger().toSpark()).foreachBatch(body).start());
            });
            shared.future().get(30, TimeUnit.MINUTES);
            sessions.whenAllEnded().get(30, TimeUnit.MINUTES);
        } finally {
            spark.streams().removeListener(breakdown);
            sessions.stopAll().get(2, TimeUnit.MINUTES);
            FileTrees.deleteQuietly(input);
        }
        Map<String, String> medians = new LinkedHashMap<>(breakdown.medians(0, Long.MAX_VALUE));
        medians.put(name + " body", "median foreachBatch body " + body.medianMs() + " ms, " + body.rowsCollected() + " rows collected in all");
        LOG.info("bench streaming: shared parse ({}): {}", variant, medians);
        return medians;
    }

    /** The one query's {@code foreachBatch}: the four aggregates from the cached batch (the cache dropped after), or the batch folded once. */
    private static final class SharedBody implements VoidFunction2<Dataset<Row>, Long> {

        private final transient Shape shape;
        private final transient long watermarkMs;
        private final transient java.util.List<Long> bodyMs = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final transient AtomicLong rows = new AtomicLong();
        private volatile long maxEventMs = Long.MIN_VALUE;

        SharedBody(Shape shape, long watermarkMs) {
            this.shape = shape;
            this.watermarkMs = watermarkMs;
        }

        @Override
        public void call(Dataset<Row> batch, Long batchId) {
            long t0 = System.nanoTime();
            if (shape == Shape.FOLD) {
                fold(batch);
                bodyMs.add((System.nanoTime() - t0) / 1_000_000);
                return;
            }
            Dataset<Row> cached = batch.persist(StorageLevel.MEMORY_ONLY());
            try {
                Dataset<Row> onTime = onTime(cached);
                List<Dataset<Row>> parts = List.of(counts(onTime), revenue(onTime), topProducts(onTime), funnel(onTime),
                        onTime.agg(max(unix_millis(col(LiveEventSchema.EVENT_TS))).as("newest")).select(lit("max_event"), lit(0L), lit(0L),
                                lit(null).cast(DataTypes.StringType), col("newest").cast(DataTypes.DoubleType),
                                lit(0.0), lit(0.0)));
                long newest = maxEventMs;
                if (shape == Shape.ONE_JOB) {
                    Dataset<Row> all = parts.get(0);
                    for (int i = 1; i < parts.size(); i++) {
                        all = all.unionAll(parts.get(i));
                    }
                    newest = Math.max(newest, fold(all.collectAsList()));
                } else {
                    for (Dataset<Row> part : parts) {
                        newest = Math.max(newest, fold(part.collectAsList()));
                    }
                }
                maxEventMs = newest;
            } finally {
                cached.unpersist(false);
            }
            bodyMs.add((System.nanoTime() - t0) / 1_000_000);
        }

        /** The batch read once: its on-time events folded, and the four charts' rows made from the partials. */
        private void fold(Dataset<Row> batch) {
            BatchFold.Partial folded = BatchFold.fold(onTime(batch));
            rows.addAndGet(folded.eventCounts().size() + folded.revenuePerMinute().size() + folded.productsPerMinute().size()
                    + folded.funnelPerMinute().size());
            maxEventMs = Math.max(maxEventMs, folded.newestMs);
        }

        /** The watermark of this batch is the latest event time of the batches before it, less the delay, as in Spark. */
        private Dataset<Row> onTime(Dataset<Row> batch) {
            long watermark = maxEventMs == Long.MIN_VALUE ? Long.MIN_VALUE : maxEventMs - watermarkMs;
            return watermark == Long.MIN_VALUE ? batch : batch.where(unix_millis(col(LiveEventSchema.EVENT_TS)).geq(watermark));
        }

        private long fold(List<Row> collected) {
            rows.addAndGet(collected.size());
            long newest = Long.MIN_VALUE;
            for (Row r : collected) {
                if ("max_event".equals(r.getString(0)) && !r.isNullAt(4)) {
                    newest = Math.max(newest, (long) r.getDouble(4));
                }
            }
            return newest;
        }

        long medianMs() {
            List<Long> sorted = bodyMs.stream().skip(2).sorted().toList();
            return sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
        }

        long rowsCollected() {
            return rows.get();
        }
    }

    /** Every aggregate in one shape: (kind, start ms, end ms, key, three numbers). */
    private static Dataset<Row> shape(Dataset<Row> grouped, String kind, Column key, Column a, Column b, Column c) {
        return grouped.select(lit(kind), unix_millis(col("window.start")), unix_millis(col("window.end")), key.cast(DataTypes.StringType),
                a.cast(DataTypes.DoubleType), b.cast(DataTypes.DoubleType), c.cast(DataTypes.DoubleType));
    }

    private static Dataset<Row> counts(Dataset<Row> events) {
        return shape(events.groupBy(window(col(LiveEventSchema.EVENT_TS), "10 seconds").as("window"), col(LiveEventSchema.EVENT_TYPE))
                .agg(count(lit(1)).as("events")), "counts", col(LiveEventSchema.EVENT_TYPE), col("events"), lit(0), lit(0));
    }

    private static Dataset<Row> revenue(Dataset<Row> events) {
        return shape(events.where(col(LiveEventSchema.EVENT_TYPE).equalTo("purchase"))
                .groupBy(window(col(LiveEventSchema.EVENT_TS), "1 minute", "10 seconds").as("window"))
                .agg(sum(col(LiveEventSchema.AMOUNT)).as("revenue"), count(lit(1)).as("purchases")),
                "revenue", lit(null), col("revenue"), col("purchases"), lit(0));
    }

    private static Dataset<Row> topProducts(Dataset<Row> events) {
        Column purchase = col(LiveEventSchema.EVENT_TYPE).equalTo("purchase");
        return shape(events.where(col(LiveEventSchema.PRODUCT_ID).isNotNull())
                .groupBy(window(col(LiveEventSchema.EVENT_TS), "1 minute", "10 seconds").as("window"), col(LiveEventSchema.PRODUCT_ID))
                .agg(count(lit(1)).as("events"), sum(when(purchase, 1).otherwise(0)).as("purchases"),
                        sum(when(purchase, col(LiveEventSchema.AMOUNT)).otherwise(0.0)).as("revenue")),
                "top", col(LiveEventSchema.PRODUCT_ID), col("events"), col("purchases"), col("revenue"));
    }

    /** Per batch a distinct count per minute and step; a real design would keep mergeable sketches (ADR 0051). */
    private static Dataset<Row> funnel(Dataset<Row> events) {
        return shape(FunnelQuery.reached(events).groupBy(window(col(LiveEventSchema.EVENT_TS), "1 minute").as("window"), col(FunnelQuery.STEP_INDEX))
                .agg(FunnelQuery.distinctSessions().as("sessions")),
                "funnel", col(FunnelQuery.STEP_INDEX), col("sessions"), lit(0), lit(0));
    }
}

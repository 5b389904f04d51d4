package io.sparkworkbench.engine.stream.query;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.hll_sketch_agg;
import static org.apache.spark.sql.functions.hll_sketch_estimate;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.unix_millis;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.window;

import io.sparkworkbench.engine.stream.LiveEventSchema;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The live conversion funnel per 1-minute tumbling window: for each step, the distinct sessions that got at least
 * that far in the minute (visited → product view → cart → checkout → purchase). An event of step i counts its
 * session for steps 0..i (a step-index sequence exploded before the distinct count), so a session that lands on a
 * product page or starts with a search is a visit too, and no step can hold a session the step before lacks; the
 * first step, "visited", is every session with any event in the minute. ADR 0036.
 *
 * <p>Distinct counts in a streaming aggregation must be approximate (exact {@code count(DISTINCT)} is not supported
 * there): a DataSketches HLL sketch of 2^{@value #SKETCH_LG_K} buckets (about 0.8% relative error, exact while a
 * minute's step holds few sessions), kept as one binary value per window and step. Spark's own HyperLogLog++ at the
 * same accuracy keeps 1,639 long columns per group, which every batch plans, serialises and stores: the funnel's
 * batches were the slowest of the live queries (ADR 0051). Nested sets of sessions can estimate a hair out of order
 * in a sketch's estimating mode, so {@link Funnel} clamps each step to the one before it on the driver.
 */
final class FunnelQuery implements LiveQuery {

    static final String VIEW = "live_funnel";
    /**
     * The checkpoint's name. Older versions' state cannot serve this one: {@value #VIEW} counted sessions per event
     * type until ADR 0036 (its key meant something else), {@code live_funnel_reached} kept HyperLogLog++ registers until
     * ADR 0051 (another state schema); both are retired.
     */
    static final String CHECKPOINT = "live_funnel_sketch";
    static final List<String> RETIRED_CHECKPOINTS = List.of(VIEW, "live_funnel_reached");
    static final String VISITED = "visited";
    static final List<String> STEPS = List.of(VISITED, "product_view", "add_to_cart", "checkout", "purchase");
    static final String STEP_INDEX = "step_index";
    /** log2 of the sketch's buckets: 16,384, a relative error of about 0.8%. */
    static final int SKETCH_LG_K = 14;
    /** An hour of minutes. */
    static final int HISTORY = 60;

    @Override
    public String viewName() {
        return VIEW;
    }

    @Override
    public String checkpointName() {
        return CHECKPOINT;
    }

    @Override
    public List<String> retiredCheckpointNames() {
        return RETIRED_CHECKPOINTS;
    }

    @Override
    public String label() {
        return "Live: conversion funnel";
    }

    @Override
    public WindowTable newTable() {
        return new WindowTable(WindowTable.Mode.REPLACE, 1, HISTORY);
    }

    @Override
    public Dataset<Row> aggregate(Dataset<Row> events, LiveStreamConfig config) {
        return reached(events.withWatermark(LiveEventSchema.EVENT_TS, config.watermarkSpark()))
                .groupBy(window(col(LiveEventSchema.EVENT_TS), "1 minute").as("window"), col(STEP_INDEX))
                .agg(distinctSessions().as("sessions"));
    }

    /** The estimated distinct sessions of a group, as the query computes them (tests compute batches the same way). */
    static Column distinctSessions() {
        return hll_sketch_estimate(hll_sketch_agg(col(LiveEventSchema.SESSION_ID), SKETCH_LG_K));
    }

    /** Each event as one row per step its session reached by it: (event_ts, session_id, step_index 0..i). */
    static Dataset<Row> reached(Dataset<Row> events) {
        return events.select(col(LiveEventSchema.EVENT_TS), col(LiveEventSchema.SESSION_ID),
                explode(sequence(lit(0), stepIndex(col(LiveEventSchema.EVENT_TYPE)))).as(STEP_INDEX));
    }

    /** The furthest step an event shows its session reached: page views, searches and any other event are visits (0). */
    static Column stepIndex(Column eventType) {
        Column index = null;
        for (int s = STEPS.size() - 1; s >= 1; s--) {
            Column is = eventType.equalTo(STEPS.get(s));
            index = index == null ? when(is, s) : index.when(is, s);
        }
        return index.otherwise(0);
    }

    /** {@link #stepIndex} on the driver or in a task: the furthest step an event of {@code eventType} shows its session reached. */
    static int stepOf(String eventType) {
        int step = STEPS.indexOf(eventType);
        return step < 1 ? 0 : step;
    }

    @Override
    public String outputMode() {
        return "update";
    }

    @Override
    public List<WindowEntry> entries(Dataset<Row> batch) {
        Column names = array(STEPS.stream().map(org.apache.spark.sql.functions::lit).toArray(Column[]::new));
        return LiveQuery.toEntries(batch.select(unix_millis(col("window.start")), unix_millis(col("window.end")),
                element_at(names, col(STEP_INDEX).plus(1)), col("sessions")).collectAsList(), 1);
    }

    @Override
    public StructType viewSchema() {
        return new StructType().add("window_start", DataTypes.TimestampType).add("window_end", DataTypes.TimestampType)
                .add("step_index", DataTypes.IntegerType).add("step", DataTypes.StringType).add("sessions", DataTypes.LongType);
    }

    /** The funnel as {@link #snapshot} has it (each step clamped to the one before), one row per window and step. */
    @Override
    public List<Row> viewRows(WindowTable table) {
        Funnel funnel = snapshot(table);
        List<Row> rows = new ArrayList<>();
        for (int w = 0; w < funnel.windowStartMs().length; w++) {
            long start = funnel.windowStartMs()[w];
            for (int s = 0; s < STEPS.size(); s++) {
                rows.add(RowFactory.create(LiveQuery.ts(start), LiveQuery.ts(start + WINDOW_MS), s + 1, STEPS.get(s),
                        funnel.sessions()[s][w]));
            }
        }
        return rows;
    }

    private static final long WINDOW_MS = 60_000;

    /** The newest window's funnel, and each step's sessions in every window kept ({@code sessions[step][window]}). */
    static Funnel snapshot(WindowTable table) {
        return table.read(entries -> {
            List<Long> starts = new ArrayList<>();
            for (WindowEntry e : entries) {
                if (starts.isEmpty() || starts.get(starts.size() - 1) != e.startMs()) {
                    starts.add(e.startMs());
                }
            }
            long[][] sessions = new long[STEPS.size()][starts.size()];
            for (WindowEntry e : entries) {
                int step = STEPS.indexOf(e.key());
                if (step >= 0) {
                    sessions[step][starts.indexOf(e.startMs())] = (long) e.values()[0];
                }
            }
            return new Funnel(STEPS, starts.stream().mapToLong(Long::longValue).toArray(), sessions, table.lastBatchId());
        });
    }
}

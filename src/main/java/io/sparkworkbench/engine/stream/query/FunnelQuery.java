package io.sparkworkbench.engine.stream.query;

import static org.apache.spark.sql.functions.approx_count_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.unix_millis;
import static org.apache.spark.sql.functions.window;

import io.sparkworkbench.engine.stream.LiveEventSchema;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The live conversion funnel: distinct sessions reaching each step (page view → product view → cart →
 * checkout → purchase) per 1-minute tumbling window. Distinct counts in a streaming aggregation must be
 * approximate (exact {@code count(DISTINCT)} is not supported there): HyperLogLog++ at 1% relative error,
 * which for the few hundred sessions of a minute is within a session or two; the same function over the
 * same file in a batch query gives the same numbers.
 */
final class FunnelQuery implements LiveQuery {

    static final String VIEW = "live_funnel";
    static final List<String> STEPS = LiveEventSchema.EVENT_TYPES.subList(0, 5);
    static final double RELATIVE_ERROR = 0.01;
    /** An hour of minutes. */
    static final int HISTORY = 60;

    @Override
    public String viewName() {
        return VIEW;
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
        return events.withWatermark(LiveEventSchema.EVENT_TS, config.watermarkSpark())
                .where(col(LiveEventSchema.EVENT_TYPE).isin(STEPS.toArray()))
                .groupBy(window(col(LiveEventSchema.EVENT_TS), "1 minute").as("window"), col(LiveEventSchema.EVENT_TYPE))
                .agg(approx_count_distinct(col(LiveEventSchema.SESSION_ID), RELATIVE_ERROR).as("sessions"));
    }

    @Override
    public String outputMode() {
        return "update";
    }

    @Override
    public List<WindowEntry> entries(Dataset<Row> batch) {
        return LiveQuery.toEntries(batch.select(unix_millis(col("window.start")), unix_millis(col("window.end")),
                col(LiveEventSchema.EVENT_TYPE), col("sessions")).collectAsList(), 1);
    }

    @Override
    public StructType viewSchema() {
        return new StructType().add("window_start", DataTypes.TimestampType).add("window_end", DataTypes.TimestampType)
                .add("step_index", DataTypes.IntegerType).add("step", DataTypes.StringType).add("sessions", DataTypes.LongType);
    }

    @Override
    public List<Row> viewRows(WindowTable table) {
        List<Row> rows = new ArrayList<>();
        for (WindowEntry e : table.entries()) {
            rows.add(RowFactory.create(LiveQuery.ts(e.startMs()), LiveQuery.ts(e.endMs()), STEPS.indexOf(e.key()) + 1, e.key(),
                    (long) e.values()[0]));
        }
        return rows;
    }

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

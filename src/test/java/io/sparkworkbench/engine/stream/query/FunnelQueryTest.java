package io.sparkworkbench.engine.stream.query;

import static org.apache.spark.sql.functions.approx_count_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.unix_millis;
import static org.apache.spark.sql.functions.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.stream.LiveEventSchema;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The funnel counts sessions that got at least as far as each step, so no step exceeds the one before (ADR 0036). */
class FunnelQueryTest {

    private final SparkEngine engine = SharedSparkEngine.get();
    private final List<LiveStreamService> services = new ArrayList<>();

    @TempDir
    Path input;

    @AfterEach
    void stopEveryQuery() throws Exception {
        for (LiveStreamService s : services) {
            s.stopAll().get(1, TimeUnit.MINUTES);
        }
    }

    /**
     * Minute 10:00: session 1 lands on a product page and adds to cart; session 2 starts with a search, then views a
     * product; session 3 walks the whole funnel to a purchase; session 4 only searches; session 5 views a page only.
     * Minute 10:01: session 3 views a page again. Counted per event type (before ADR 0036) product_view read 3 of 2
     * page views, 150%.
     */
    private static final String EVENTS = String.join("\n",
            event(1, 1, "10:00:05", "product_view"), event(2, 1, "10:00:09", "add_to_cart"),
            event(3, 2, "10:00:10", "search"), event(4, 2, "10:00:20", "product_view"),
            event(5, 3, "10:00:01", "page_view"), event(6, 3, "10:00:02", "product_view"), event(7, 3, "10:00:03", "add_to_cart"),
            event(8, 3, "10:00:04", "checkout"), event(9, 3, "10:00:30", "purchase"),
            event(10, 4, "10:00:40", "search"),
            event(11, 5, "10:00:50", "page_view"),
            event(12, 3, "10:01:10", "page_view")) + "\n";

    @Test
    void eachStepCountsTheSessionsThatGotAtLeastThatFarInTheMinute() throws Exception {
        Files.writeString(input.resolve("hand-written.json"), EVENTS, StandardCharsets.UTF_8);
        LiveStreamService service = service("reached");
        service.startFresh(FunnelQuery.VIEW);
        service.whenAllEnded().get(3, TimeUnit.MINUTES);
        QueryStatus status = service.status(FunnelQuery.VIEW);
        assertThat(status.state()).as(status.message()).isEqualTo(QueryStatus.State.FINISHED);
        assertThat(status.queryName()).isEqualTo("live_charts-funnel-reached");

        Funnel funnel = service.funnel();
        assertThat(funnel.steps()).containsExactly("visited", "product_view", "add_to_cart", "checkout", "purchase");
        assertThat(funnel.windowStartMs()).containsExactly(LiveQueriesTest.T0, LiveQueriesTest.T0 + 60_000);
        assertThat(column(funnel, 0)).containsExactly(5, 3, 2, 1, 1);
        assertThat(column(funnel, 1)).containsExactly(1, 0, 0, 0, 0);
        // The view holds the same numbers.
        List<Row> view = engine.awaitSession().sql("SELECT step_index, step, sessions FROM live_funnel"
                + " WHERE unix_millis(window_start) = " + LiveQueriesTest.T0 + " ORDER BY step_index").collectAsList();
        assertThat(view).extracting(Row::toString).containsExactly("[1,visited,5]", "[2,product_view,3]", "[3,add_to_cart,2]",
                "[4,checkout,1]", "[5,purchase,1]");
    }

    @Test
    void aCheckpointTheOldPerEventTypeFunnelLeftNeitherFailsTheNewOneNorStays() throws Exception {
        upgradeFrom(OlderFunnel.perEventType(), "per-type", "live_funnel-funnel-per-type");
    }

    /** ADR 0051: the HyperLogLog++ funnel's state (1,639 register columns a group) cannot serve the sketch's. */
    @Test
    void aCheckpointTheHyperLogLogFunnelLeftNeitherFailsTheSketchFunnelNorStays() throws Exception {
        upgradeFrom(OlderFunnel.hyperLogLogPlusPlus(), "hll", "live_funnel_reached-funnel-hll");
    }

    @Test
    void aCheckpointTheSeparateSketchFunnelLeftNeitherFailsTheWindowChartsNorStays() throws Exception {
        // The funnel as its own Spark aggregation, before the four window charts became one query (ADR 0055).
        upgradeFrom(new FunnelQuery(), "sketch", "live_funnel_sketch-funnel-sketch");
    }

    private void upgradeFrom(LiveQuery older, String scope, String oldFolderName) throws Exception {
        Files.writeString(input.resolve("hand-written.json"), EVENTS, StandardCharsets.UTF_8);
        // What a run of this test before left under the new name (its files are gone): an upgrade finds nothing there.
        io.sparkworkbench.engine.FileTrees.deleteQuietly(engine.settings().dataFolder().resolve("checkpoints").resolve(ChartsQuery.NAME + "-funnel-" + scope));
        LiveStreamService old = new LiveStreamService(engine, LiveInput.jsonFolder(input, 0), config(scope), List.of(older));
        services.add(old);
        old.startFresh(FunnelQuery.VIEW);
        old.whenAllEnded().get(3, TimeUnit.MINUTES);
        QueryStatus before = old.status(FunnelQuery.VIEW);
        assertThat(before.state()).as(before.message()).isEqualTo(QueryStatus.State.FINISHED);
        Path oldFolder = Path.of(before.checkpointFolder());
        assertThat(oldFolder.getFileName().toString()).isEqualTo(oldFolderName);
        assertThat(oldFolder.resolve("commits")).isDirectory();

        // The upgraded app: the same scope and data folder, a plain start (not fresh), as Start does.
        LiveStreamService upgraded = service(scope);
        upgraded.start(FunnelQuery.VIEW);
        upgraded.whenAllEnded().get(3, TimeUnit.MINUTES);
        QueryStatus after = upgraded.status(FunnelQuery.VIEW);
        assertThat(after.state()).as(after.message()).isEqualTo(QueryStatus.State.FINISHED);
        assertThat(after.needsFreshStart()).isFalse();
        assertThat(column(upgraded.funnel(), 0)).containsExactly(5, 3, 2, 1, 1);
        assertThat(oldFolder).doesNotExist();
    }

    /**
     * The funnel as an earlier version ran it: before ADR 0036 distinct sessions per event type under the view's
     * name; before ADR 0051 the steps reached, counted with HyperLogLog++ at 1%, under {@code live_funnel_reached}.
     */
    private static final class OlderFunnel implements LiveQuery {
        private final FunnelQuery shape = new FunnelQuery();
        private final String checkpoint;
        private final java.util.function.BiFunction<Dataset<Row>, LiveStreamConfig, Dataset<Row>> aggregate;
        private final String key;

        private OlderFunnel(String checkpoint, java.util.function.BiFunction<Dataset<Row>, LiveStreamConfig, Dataset<Row>> aggregate,
                String key) {
            this.checkpoint = checkpoint;
            this.aggregate = aggregate;
            this.key = key;
        }

        static OlderFunnel perEventType() {
            return new OlderFunnel(FunnelQuery.VIEW, (events, config) -> events.withWatermark(LiveEventSchema.EVENT_TS, config.watermarkSpark())
                    .where(col(LiveEventSchema.EVENT_TYPE).isin(LiveEventSchema.EVENT_TYPES.subList(0, 5).toArray()))
                    .groupBy(window(col(LiveEventSchema.EVENT_TS), "1 minute").as("window"), col(LiveEventSchema.EVENT_TYPE))
                    .agg(approx_count_distinct(col(LiveEventSchema.SESSION_ID), 0.01).as("sessions")), LiveEventSchema.EVENT_TYPE);
        }

        static OlderFunnel hyperLogLogPlusPlus() {
            return new OlderFunnel("live_funnel_reached", (events, config) ->
                    FunnelQuery.reached(events.withWatermark(LiveEventSchema.EVENT_TS, config.watermarkSpark()))
                            .groupBy(window(col(LiveEventSchema.EVENT_TS), "1 minute").as("window"), col(FunnelQuery.STEP_INDEX))
                            .agg(approx_count_distinct(col(LiveEventSchema.SESSION_ID), 0.01).as("sessions")), FunnelQuery.STEP_INDEX);
        }

        @Override
        public String viewName() {
            return FunnelQuery.VIEW;
        }

        @Override
        public String checkpointName() {
            return checkpoint;
        }

        @Override
        public String label() {
            return "Live: conversion funnel (an earlier version)";
        }

        @Override
        public WindowTable newTable() {
            return shape.newTable();
        }

        @Override
        public Dataset<Row> aggregate(Dataset<Row> events, LiveStreamConfig config) {
            return aggregate.apply(events, config);
        }

        @Override
        public String outputMode() {
            return "update";
        }

        @Override
        public List<WindowEntry> entries(Dataset<Row> batch) {
            return LiveQuery.toEntries(batch.select(unix_millis(col("window.start")), unix_millis(col("window.end")),
                    col(key).cast("string"), col("sessions")).collectAsList(), 1);
        }

        @Override
        public org.apache.spark.sql.types.StructType viewSchema() {
            return shape.viewSchema();
        }

        @Override
        public List<Row> viewRows(WindowTable table) {
            return List.of();
        }
    }

    private static long[] column(Funnel funnel, int window) {
        long[] out = new long[funnel.steps().size()];
        for (int s = 0; s < out.length; s++) {
            out[s] = funnel.sessions()[s][window];
        }
        return out;
    }

    private static String event(long id, long session, String time, String type) {
        String product = type.equals("page_view") || type.equals("search") ? "null" : "7";
        String amount = type.equals("purchase") ? "19.5" : "null";
        return "{\"event_id\":" + id + ",\"session_id\":" + session + ",\"customer_id\":null,\"event_ts\":\"2026-01-01T" + time + "Z\""
                + ",\"event_type\":\"" + type + "\",\"product_id\":" + product + ",\"category\":null,\"amount\":" + amount
                + ",\"device\":\"desktop\",\"referrer\":\"direct\",\"emitted_ts\":\"2026-01-01T10:02:00Z\"}";
    }

    private static LiveStreamConfig config(String scope) {
        return LiveStreamConfig.defaults().withTrigger(LiveTrigger.availableNow()).withScope("funnel-" + scope);
    }

    private LiveStreamService service(String scope) {
        LiveStreamService service = new LiveStreamService(engine, LiveInput.jsonFolder(input, 0), config(scope));
        services.add(service);
        return service;
    }
}

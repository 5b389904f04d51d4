package io.sparkworkbench.engine.stream.query;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_millis;
import static org.apache.spark.sql.functions.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.ActionProgress;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.stream.LiveEventSchema;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live queries against batch computations of the same windows, and late events dropped and counted. */
class LiveQueriesTest {

    /** 2026-01-01T10:00:00Z: event times the tests choose, so windows are known. */
    static final long T0 = 1_767_261_600_000L;

    private final SparkEngine engine = SharedSparkEngine.get();

    @TempDir
    Path input;

    @Test
    void windowCountsRevenueAndFunnelOfFixedFilesEqualABatchComputationOfTheSameWindows() throws Exception {
        EventFiles files = new EventFiles(input, "fixed");
        SyntheticEvents events = new SyntheticEvents(7);
        long now = System.currentTimeMillis();
        for (int f = 0; f < 3; f++) {
            files.write(events.next(400, T0 + f * 40_000L, 40_000, now));
        }
        LiveStreamService service = service("batchcmp", LiveTrigger.availableNow(), 0);
        service.startFresh(ChartsQuery.NAME);
        service.whenAllEnded().get(3, TimeUnit.MINUTES);
        assertThat(service.status(EventCountsQuery.VIEW)).satisfies(s -> assertThat(s.state()).as(s.message()).isEqualTo(QueryStatus.State.FINISHED))
                .isEqualTo(service.status(FunnelQuery.VIEW));

        SparkSession spark = engine.awaitSession();
        Dataset<Row> batch = spark.read().schema(LiveEventSchema.SCHEMA).json(input.toString());
        Map<String, Long> expectedCounts = new TreeMap<>();
        for (Row r : batch.groupBy(window(col("event_ts"), "10 seconds").as("w"), col("event_type")).agg(count(lit(1)))
                .select(unix_millis(col("w.start")), col("event_type"), col("count(1)")).collectAsList()) {
            expectedCounts.put(r.getLong(0) + " " + r.getString(1), r.getLong(2));
        }
        Map<String, Long> streamed = new TreeMap<>();
        EventCounts counts = service.eventCounts();
        for (int t = 0; t < counts.types().size(); t++) {
            for (int w = 0; w < counts.windowStartMs().length; w++) {
                if (counts.counts()[t][w] > 0) {
                    streamed.put(counts.windowStartMs()[w] + " " + counts.types().get(t), counts.counts()[t][w]);
                }
            }
        }
        assertThat(streamed).isEqualTo(expectedCounts);
        assertThat(counts.total()).isEqualTo(1200);
        assertThat(spark.table("live_event_counts").agg(sum("events")).first().getLong(0)).isEqualTo(1200);

        Map<Long, String> expectedRevenue = new TreeMap<>();
        for (Row r : batch.where("event_type = 'purchase'").groupBy(window(col("event_ts"), "1 minute", "10 seconds").as("w"))
                .agg(sum("amount"), count(lit(1))).select(unix_millis(col("w.start")), col("sum(amount)"), col("count(1)")).collectAsList()) {
            expectedRevenue.put(r.getLong(0), String.format("%.2f/%d", r.getDouble(1), r.getLong(2)));
        }
        Revenue revenue = service.revenue();
        Map<Long, String> streamedRevenue = new TreeMap<>();
        for (int i = 0; i < revenue.windowStartMs().length; i++) {
            streamedRevenue.put(revenue.windowStartMs()[i], String.format("%.2f/%d", revenue.revenue()[i], revenue.purchases()[i]));
        }
        // Sixty windows are kept: the oldest of the batch's may have fallen off the history.
        assertThat(expectedRevenue).containsAllEntriesOf(streamedRevenue);
        assertThat(streamedRevenue).hasSizeGreaterThanOrEqualTo(Math.min(expectedRevenue.size(), RevenueQuery.HISTORY));

        Funnel funnel = service.funnel();
        Map<String, Long> expectedFunnel = new TreeMap<>();
        for (Row r : FunnelQuery.reached(batch).groupBy(window(col("event_ts"), "1 minute").as("w"), col(FunnelQuery.STEP_INDEX))
                .agg(FunnelQuery.distinctSessions().as("s"))
                .select(unix_millis(col("w.start")), col(FunnelQuery.STEP_INDEX), col("s")).collectAsList()) {
            expectedFunnel.put(r.getLong(0) + " " + FunnelQuery.STEPS.get(r.getInt(1)), r.getLong(2));
        }
        Map<String, Long> streamedFunnel = new TreeMap<>();
        for (int s = 0; s < funnel.steps().size(); s++) {
            for (int w = 0; w < funnel.windowStartMs().length; w++) {
                if (funnel.sessions()[s][w] > 0) {
                    streamedFunnel.put(funnel.windowStartMs()[w] + " " + funnel.steps().get(s), funnel.sessions()[s][w]);
                }
            }
        }
        assertThat(streamedFunnel).isEqualTo(expectedFunnel);
        // Each step counts the sessions that got at least that far: never more than the step before.
        long[] latest = funnel.latest();
        for (int s = 1; s < latest.length; s++) {
            assertThat(latest[s]).isLessThanOrEqualTo(latest[s - 1]);
        }
    }

    @Test
    void lateEventsBeyondTheWatermarkAreDroppedAndCountedExactly() throws Exception {
        EventFiles files = new EventFiles(input, "late");
        SyntheticEvents events = new SyntheticEvents(11);
        long now = System.currentTimeMillis();
        files.write(events.next(300, T0, 30_000, now));
        LiveStreamService service = service("late", LiveTrigger.every(Duration.ofMillis(300)), 0);
        service.startFresh(EventCountsQuery.VIEW);
        await(() -> service.eventCounts().total() == 300, "the first file counted");
        // Spark drops late rows against the watermark of the batch before (its eviction watermark), so wait until a
        // batch has run with the watermark the first file set: latest event time − 1 minute. These are 5 minutes older.
        await(() -> service.metrics(EventCountsQuery.VIEW).stream().anyMatch(m -> m.watermarkMs() > T0 - 60_000), "the watermark advanced");
        List<LiveEvent> second = new ArrayList<>(events.next(100, T0 + 30_000, 10_000, now));
        List<LiveEvent> late = events.next(17, T0 - 300_000, 10_000, now);
        second.addAll(late);
        files.write(second);
        await(() -> service.status(EventCountsQuery.VIEW).lateEvents() == 17, "17 late events counted",
                () -> service.status(EventCountsQuery.VIEW) + " " + service.metrics(EventCountsQuery.VIEW));
        service.stopAll().get(1, TimeUnit.MINUTES);

        assertThat(service.eventCounts().total()).isEqualTo(400);
        QueryStatus status = service.status(EventCountsQuery.VIEW);
        assertThat(status.inputRows()).isEqualTo(417);
        assertThat(status.lateEvents()).isEqualTo(17);
        // Spark's own metric counts rows after partial aggregation: at least one, at most one per event.
        assertThat(status.droppedByWatermark()).isBetween(1L, 17L);
        assertThat(status.state()).isEqualTo(QueryStatus.State.STOPPED);
        BatchMetrics last = service.metrics(EventCountsQuery.VIEW).stream().filter(m -> m.inputRows() > 0).reduce((a, b) -> b).orElseThrow();
        assertThat(last.watermarkMs()).isGreaterThan(T0 - 60_000);
        assertThat(last.latency()).isNotNull();
        assertThat(last.latency().events()).isEqualTo(117);
        assertThat(last.latency().p50()).isLessThanOrEqualTo(last.latency().p95()).isLessThanOrEqualTo(last.latency().max());
        assertThat(last.latency().max()).isGreaterThanOrEqualTo(0).isLessThan(TimeUnit.MINUTES.toMillis(5));
    }

    @Test
    void eachLiveQuerysJobsPanelRowCountsTheJobsOfItsBatches() throws Exception {
        EventFiles files = new EventFiles(input, "jobs");
        SyntheticEvents events = new SyntheticEvents(13);
        files.write(events.next(200, T0, 20_000, System.currentTimeMillis()));
        LiveStreamService service = service("jobs", LiveTrigger.every(Duration.ofMillis(300)), 0);
        EngineTask<Void> charts = service.startFresh(ChartsQuery.NAME);
        EngineTask<Void> sessions = service.startFresh(SessionsQuery.VIEW);
        await(() -> service.eventCounts().total() == 200 && service.status(SessionsQuery.VIEW).inputRows() == 200, "the file in both queries");
        engine.awaitSession().sparkContext().listenerBus().waitUntilEmpty();
        for (EngineTask<Void> task : List.of(charts, sessions)) {
            ActionProgress row = engine.jobs().snapshot().actions().stream().filter(a -> a.id() == task.id()).findFirst().orElseThrow();
            assertThat(row.state()).isEqualTo(ActionProgress.State.RUNNING);
            assertThat(row.jobsDone()).as(row.label() + ": jobs").isPositive();
            assertThat(row.stagesDone()).as(row.label() + ": stages").isPositive();
        }
    }

    private final List<LiveStreamService> services = new ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void stopEveryQuery() throws Exception {
        for (LiveStreamService s : services) {
            s.stopAll().get(1, TimeUnit.MINUTES);
        }
    }

    private LiveStreamService service(String scope, LiveTrigger trigger, int maxFiles) {
        LiveStreamConfig config = LiveStreamConfig.defaults().withTrigger(trigger).withScope(scope).withSessionGap(Duration.ofSeconds(30));
        LiveStreamService service = new LiveStreamService(engine, LiveInput.jsonFolder(input, maxFiles), config);
        services.add(service);
        return service;
    }

    static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        await(condition, what, () -> "");
    }

    static void await(java.util.function.BooleanSupplier condition, String what, java.util.function.Supplier<String> detail)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never happened: " + what + " " + detail.get());
            }
            Thread.sleep(50);
        }
    }
}

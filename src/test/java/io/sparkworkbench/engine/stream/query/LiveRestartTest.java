package io.sparkworkbench.engine.stream.query;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.unix_millis;
import static org.apache.spark.sql.functions.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.FileTrees;
import io.sparkworkbench.engine.JvmFlags;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.stream.LiveEventSchema;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once across restarts: a known number of events, the query stopped (or its JVM killed with SIGKILL)
 * mid-stream, restarted from its checkpoint by a new service (nothing kept in memory): the windowed totals
 * equal the events written, window by window equal to a batch computation. And a query changed under its old
 * checkpoint fails saying so, and starts fresh.
 */
class LiveRestartTest {

    private static final int FILES = 12;
    private static final int PER_FILE = 150;

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

    @Test
    void stoppedMidStreamAndRestartedFromTheCheckpointEveryEventIsCountedOnce() throws Exception {
        writeEvents();
        LiveStreamService first = service("restart", LiveTrigger.every(Duration.ofMillis(300)));
        first.startFresh(EventCountsQuery.VIEW);
        LiveQueriesTest.await(() -> first.eventCounts().lastBatchId() >= 2, "three batches folded");
        first.stopAll().get(1, TimeUnit.MINUTES);
        long before = first.eventCounts().total();
        assertThat(before).as("stopped mid-stream").isLessThan(FILES * PER_FILE).isGreaterThanOrEqualTo(3 * PER_FILE);

        LiveStreamService second = service("restart", LiveTrigger.availableNow());
        second.start(EventCountsQuery.VIEW);
        second.whenAllEnded().get(3, TimeUnit.MINUTES);
        assertThat(second.status(EventCountsQuery.VIEW).state()).isEqualTo(QueryStatus.State.FINISHED);
        // It resumed: it read the files the first run had not counted, plus at most the one batch Stop caught between
        // its fold and Spark's commit, which Spark runs again and the sink does not fold twice.
        assertThat(second.status(EventCountsQuery.VIEW).inputRows()).isBetween(FILES * PER_FILE - before, FILES * PER_FILE - before + PER_FILE);
        assertCountsEqualTheBatchComputation(second);
    }

    @Test
    void aNewTriggerRestartsTheRunningQueryFromItsCheckpointWithoutLossOrDoubleCount() throws Exception {
        writeEvents();
        LiveStreamService service = service("trigger", LiveTrigger.every(Duration.ofMillis(300)));
        service.startFresh(EventCountsQuery.VIEW);
        LiveQueriesTest.await(() -> service.eventCounts().lastBatchId() >= 1, "two batches folded");
        service.changeTrigger(LiveTrigger.availableNow()).get(1, TimeUnit.MINUTES);
        assertThat(service.config().trigger()).isEqualTo(LiveTrigger.availableNow());
        // The restarted query runs the rest and ends by itself, as an available-now query does.
        LiveQueriesTest.await(() -> service.status(EventCountsQuery.VIEW).state() == QueryStatus.State.FINISHED, "the restarted query finished",
                () -> service.status(EventCountsQuery.VIEW).toString());
        // Nothing read twice. The input rows come from Spark's progress reports, and a Stop that lands between a batch's
        // commit and its report leaves that batch unreported (CI saw it once); the counts below hold every event anyway.
        assertThat(service.status(EventCountsQuery.VIEW).inputRows()).isBetween((long) (FILES - 1) * PER_FILE, (long) FILES * PER_FILE);
        assertCountsEqualTheBatchComputation(service);
    }

    @Test
    void killedWithSigkillMidStreamAndRestartedFromTheCheckpointEveryEventIsCountedOnce() throws Exception {
        writeEvents();
        String scope = "sigkill";
        FileTrees.deleteQuietly(engine.settings().dataFolder().resolve("checkpoints").resolve(ChartsQuery.NAME + "-" + scope));
        Process child = child(scope);
        long foldedBeforeKill;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            long folded = -1;
            List<String> seen = new ArrayList<>();
            while (folded < 2 && (line = out.readLine()) != null) {
                seen.add(line);
                if (line.startsWith("FOLDED ")) {
                    folded = Long.parseLong(line.split(" ")[1]);
                }
            }
            assertThat(folded).as("the child folded three batches; it said %s", seen).isGreaterThanOrEqualTo(2);
            foldedBeforeKill = folded;
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no query stop, a batch possibly half done
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isEqualTo(137);
        } finally {
            child.destroyForcibly();
        }

        LiveStreamService restarted = service(scope, LiveTrigger.availableNow());
        restarted.start(EventCountsQuery.VIEW);
        restarted.whenAllEnded().get(3, TimeUnit.MINUTES);
        QueryStatus status = restarted.status(EventCountsQuery.VIEW);
        assertThat(status.state()).as(status.message()).isEqualTo(QueryStatus.State.FINISHED);
        assertThat(status.inputRows()).as("resumed, not started over").isLessThanOrEqualTo((long) (FILES - 1 - foldedBeforeKill) * PER_FILE + PER_FILE);
        assertCountsEqualTheBatchComputation(restarted);
    }

    @Test
    void aQueryItsOldCheckpointCannotServeFailsNamingQueryAndFolderAndStartsFresh() throws Exception {
        writeEvents();
        // A stateful query (the window charts' fold keeps no Spark state): the event counts as their own aggregation.
        LiveStreamService original = LiveStreamService.separateQueries(engine, LiveInput.jsonFolder(input, 0), config("changed", LiveTrigger.availableNow()));
        services.add(original);
        original.startFresh(EventCountsQuery.VIEW);
        original.whenAllEnded().get(3, TimeUnit.MINUTES);
        assertThat(original.status(EventCountsQuery.VIEW).state()).isEqualTo(QueryStatus.State.FINISHED);
        // Spark checks the state only when a batch runs: new input arrives, as it does in the app.
        new EventFiles(input, "more").write(new SyntheticEvents(5).next(PER_FILE, LiveQueriesTest.T0 + FILES * 5_000L, 5_000,
                System.currentTimeMillis()));

        LiveStreamService changed = new LiveStreamService(engine, LiveInput.jsonFolder(input, 0), config("changed", LiveTrigger.availableNow()),
                List.of(new CountsPerSession()));
        services.add(changed);
        changed.start(EventCountsQuery.VIEW);
        changed.whenAllEnded().get(3, TimeUnit.MINUTES);
        QueryStatus failed = changed.status(EventCountsQuery.VIEW);
        assertThat(failed.state()).isEqualTo(QueryStatus.State.FAILED);
        assertThat(failed.needsFreshStart()).as(failed.message()).isTrue();
        assertThat(failed.message()).contains("live_event_counts-changed").contains(failed.checkpointFolder()).contains("Start it fresh");

        changed.startFresh(EventCountsQuery.VIEW);
        changed.whenAllEnded().get(3, TimeUnit.MINUTES);
        QueryStatus fresh = changed.status(EventCountsQuery.VIEW);
        assertThat(fresh.state()).as(fresh.message()).isEqualTo(QueryStatus.State.FINISHED);
        assertThat(fresh.needsFreshStart()).isFalse();
        assertThat(fresh.inputRows()).isEqualTo((FILES + 1) * PER_FILE);
    }

    /** The event counts "changed" to count per session: its state's key is no longer (window, event_type). */
    private static final class CountsPerSession extends EventCountsQueryShape {
        @Override
        public org.apache.spark.sql.Dataset<Row> aggregate(org.apache.spark.sql.Dataset<Row> events, LiveStreamConfig config) {
            return events.withWatermark(LiveEventSchema.EVENT_TS, config.watermarkSpark())
                    .groupBy(window(col(LiveEventSchema.EVENT_TS), "10 seconds").as("window"), col(LiveEventSchema.SESSION_ID))
                    .agg(count(lit(1)).as("events"))
                    .withColumn(LiveEventSchema.EVENT_TYPE, col(LiveEventSchema.SESSION_ID).cast("string"));
        }
    }

    /** EventCountsQuery is final; the changed query keeps its name, view and sink and changes only the aggregation. */
    private abstract static class EventCountsQueryShape implements LiveQuery {
        private final EventCountsQuery shape = new EventCountsQuery();

        @Override
        public String viewName() {
            return shape.viewName();
        }

        @Override
        public String label() {
            return shape.label() + " (changed)";
        }

        @Override
        public WindowTable newTable() {
            return shape.newTable();
        }

        @Override
        public String outputMode() {
            return shape.outputMode();
        }

        @Override
        public List<WindowEntry> entries(org.apache.spark.sql.Dataset<Row> batch) {
            return shape.entries(batch);
        }

        @Override
        public org.apache.spark.sql.types.StructType viewSchema() {
            return shape.viewSchema();
        }

        @Override
        public List<Row> viewRows(WindowTable table) {
            return shape.viewRows(table);
        }
    }

    private void writeEvents() throws Exception {
        EventFiles files = new EventFiles(input, "restart");
        SyntheticEvents events = new SyntheticEvents(21);
        long now = System.currentTimeMillis();
        for (int f = 0; f < FILES; f++) {
            files.write(events.next(PER_FILE, LiveQueriesTest.T0 + f * 5_000L, 5_000, now));
        }
    }

    private void assertCountsEqualTheBatchComputation(LiveStreamService service) {
        Map<String, Long> expected = new TreeMap<>();
        for (Row r : engine.awaitSession().read().schema(LiveEventSchema.SCHEMA).json(input.toString())
                .groupBy(window(col("event_ts"), "10 seconds").as("w"), col("event_type")).agg(count(lit(1)))
                .select(unix_millis(col("w.start")), col("event_type"), col("count(1)")).collectAsList()) {
            expected.put(r.getLong(0) + " " + r.getString(1), r.getLong(2));
        }
        EventCounts counts = service.eventCounts();
        Map<String, Long> streamed = new TreeMap<>();
        for (int t = 0; t < counts.types().size(); t++) {
            for (int w = 0; w < counts.windowStartMs().length; w++) {
                if (counts.counts()[t][w] > 0) {
                    streamed.put(counts.windowStartMs()[w] + " " + counts.types().get(t), counts.counts()[t][w]);
                }
            }
        }
        assertThat(counts.total()).isEqualTo(FILES * PER_FILE);
        assertThat(streamed).isEqualTo(expected);
    }

    private LiveStreamConfig config(String scope, LiveTrigger trigger) {
        return LiveStreamConfig.defaults().withTrigger(trigger).withScope(scope);
    }

    private LiveStreamService service(String scope, LiveTrigger trigger) {
        LiveStreamService service = new LiveStreamService(engine, LiveInput.jsonFolder(input, 1), config(scope, trigger));
        services.add(service);
        return service;
    }

    private Process child(String scope) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(JvmFlags.moduleFlags());
        command.add("-Dworkbench.home=" + System.getProperty("workbench.home"));
        command.add("-Dworkbench.logdir=" + Path.of(System.getProperty("workbench.home"), "logs-child"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LiveStreamChild.class.getName(), input.toString(), scope));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}

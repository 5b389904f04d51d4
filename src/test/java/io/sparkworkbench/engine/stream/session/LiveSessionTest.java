package io.sparkworkbench.engine.stream.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.FileTrees;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.stream.learn.LiveLearning;
import io.sparkworkbench.engine.stream.query.LiveStreamConfig;
import io.sparkworkbench.engine.stream.query.LiveTrigger;
import io.sparkworkbench.engine.stream.query.QueryStatus;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The live session on the shared engine and a generated data set: the simulator's events flow into every chart's
 * snapshot, Stop leaves no streaming query active, and a second Start resumes from the checkpoints (the counts carry
 * on from where they were, batch ids continue).
 */
class LiveSessionTest {

    private final SparkEngine engine = SharedSparkEngine.get();
    private final SparkSession spark = engine.awaitSession();
    private final String scope = "session-test-" + Long.toString(System.nanoTime(), 36);
    private LiveSession session;

    @AfterEach
    void stopAndForget() {
        LiveSessionFixture.closeAndForget(engine, session, scope, SimulatorRun.FOLDER_NAME);
    }

    @Test
    void eventsFlowIntoEverySnapshotStopEndsEveryQueryAndRestartResumesFromTheCheckpoints() throws Exception {
        GeneratedData.openShared(0.01);
        session = newSession();
        session.start(LiveSourceChoice.Simulator.at(2_000)).future().get(3, TimeUnit.MINUTES);
        await(() -> session.snapshot().state() == LiveSnapshot.State.RUNNING && session.snapshot().eventCounts() != null
                && session.snapshot().eventCounts().total() > 0 && session.snapshot().funnel().windowStartMs().length > 0,
                "events counted and a funnel window", () -> session.snapshot().toString());
        LiveSnapshot running = session.snapshot();
        assertThat(running.source().eventsProduced()).isPositive();
        assertThat(running.queries()).hasSize(2).allSatisfy(q -> assertThat(q.queryName()).endsWith(scope + "-sim"));
        assertThat(running.metrics()).containsOnlyKeys("live_charts", "live_sessions");

        session.stop().get(3, TimeUnit.MINUTES);
        assertThat(spark.streams().active()).as("no streaming query left active").isEmpty();
        await(() -> session.snapshot().state() == LiveSnapshot.State.IDLE
                && session.snapshot().queries().stream().allMatch(q -> q.state() == QueryStatus.State.STOPPED), "stopped in the snapshot",
                () -> session.snapshot().queries().toString());
        long countedBefore = session.snapshot().eventCounts().total();
        long lastBatchBefore = session.snapshot().eventCounts().lastBatchId();
        assertThat(countedBefore).isPositive();

        // A new session object: nothing kept in memory, only the checkpoints and their saved snapshots.
        session.close();
        session = newSession();
        session.start(LiveSourceChoice.Simulator.at(2_000)).future().get(3, TimeUnit.MINUTES);
        await(() -> session.snapshot().eventCounts() != null && session.snapshot().eventCounts().lastBatchId() > lastBatchBefore,
                "a batch after the restart", () -> String.valueOf(session.snapshot().eventCounts()));
        // Resumed: the batch ids go on from the checkpoint and the counts from where they were.
        assertThat(session.snapshot().eventCounts().total()).isGreaterThan(countedBefore);
        session.stop().get(3, TimeUnit.MINUTES);
        assertThat(spark.streams().active()).isEmpty();
    }

    @Test
    void onAnOpenDataSetTheLiveSegmentsLearnBesideTheChartsResetToTheBatchModelAndStopWithThem() throws Exception {
        var key = GeneratedData.openShared(0.01);
        session = newSession();
        session.datasetOpened(key.folder());
        session.start(LiveSourceChoice.Simulator.at(2_000)).future().get(3, TimeUnit.MINUTES);
        await(() -> learnt(session.snapshot()), "segments scored and centres moved", () -> String.valueOf(session.snapshot().segments()));
        LiveSnapshot running = session.snapshot();
        assertThat(running.queries()).hasSize(3).last().satisfies(q -> {
            assertThat(q.view()).isEqualTo(LiveLearning.VIEW);
            assertThat(q.queryName()).endsWith(scope + "-sim");
            assertThat(q.state()).isEqualTo(QueryStatus.State.RUNNING);
        });
        assertThat(running.segments().names()).hasSize(running.segments().currentDrift().length).isNotEmpty();
        assertThat(running.segments().model()).as("no segmentation is saved for the test data set").contains("fitted on the spot");

        assertThat(java.util.Arrays.stream(running.segments().currentDrift()).max().orElse(0)).as("the centres learnt from the stream")
                .isPositive();
        session.resetToBatch().get(1, TimeUnit.MINUTES);
        await(() -> session.snapshot().segments().drift().stream().anyMatch(d -> java.util.Arrays.stream(d.perCentre()).allMatch(x -> x == 0)),
                "the reset in the drift series", () -> String.valueOf(session.snapshot().segments().drift()));

        session.changeTrigger(Duration.ofMillis(700)).get(3, TimeUnit.MINUTES);
        await(() -> session.snapshot().queries().stream().filter(q -> q.view().equals(LiveLearning.VIEW))
                .allMatch(q -> q.state() == QueryStatus.State.RUNNING), "learning running again after the trigger change",
                () -> session.snapshot().queries().toString());

        session.stop().get(3, TimeUnit.MINUTES);
        assertThat(spark.streams().active()).as("the learning query stopped with the charts").isEmpty();
        assertThat(session.anyQueryRunning()).isFalse();
        assertThatThrownBy(() -> session.resetToBatch()).hasMessageContaining("Start the live stream");
    }

    private static boolean learnt(LiveSnapshot s) {
        return s.state() == LiveSnapshot.State.RUNNING && s.segments() != null && !s.segments().names().isEmpty()
                && s.segments().totalEvents() > 0 && java.util.Arrays.stream(s.segments().currentDrift()).max().orElse(0) > 0;
    }

    @Test
    void aMissingFolderAndFilesThatDoNotParseAreRefusedNamingTheFolderOrFile() throws Exception {
        session = newSession();
        Path missing = GeneratedData.tempFolder("live-folder").resolve("nowhere");
        var failed = session.start(new LiveSourceChoice.Folder(missing, io.sparkworkbench.engine.stream.source.StreamSourceSpec.Format.JSON, false));
        assertThatThrownBy(() -> failed.future().get(2, TimeUnit.MINUTES)).hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
        await(() -> session.snapshot().state() == LiveSnapshot.State.FAILED, "failed in the snapshot", () -> session.snapshot().toString());
        assertThat(session.snapshot().message()).contains(missing.toString());

        Path folder = GeneratedData.tempFolder("live-bad-files");
        Files.writeString(folder.resolve("orders.json"), "{\"order_id\": 1, \"total\": 9.5}\nnot json at all\n");
        var bad = session.start(new LiveSourceChoice.Folder(folder, io.sparkworkbench.engine.stream.source.StreamSourceSpec.Format.JSON, false));
        assertThatThrownBy(() -> bad.future().get(2, TimeUnit.MINUTES)).hasMessageContaining("orders.json")
                .hasMessageContaining("cannot feed the live charts");
        assertThat(spark.streams().active()).isEmpty();
    }

    @Test
    void eachRunsIdsStartAboveEveryEarlierRunsAndABadRateIsRefused() {
        long first = SimulatorRun.freshIdBase(1_700_000_000_000L);
        // A run of one hour at the flash-sale peak (250 events a millisecond) stays below the next run's base.
        long afterAnHour = first + 3_600_000L * 250;
        assertThat(SimulatorRun.freshIdBase(1_700_000_000_000L + 3_600_000L)).isGreaterThan(afterAnHour);
        assertThatThrownBy(() -> LiveSourceChoice.Simulator.at(60_000)).hasMessageContaining("between 100 and 50000");
        assertThatThrownBy(() -> new LiveSourceChoice.Replay(0)).hasMessageContaining("replay speed");
    }

    private LiveSession newSession() {
        return LiveSessionFixture.newSession(engine, scope);
    }

    static void await(BooleanSupplier condition, String what, Supplier<String> state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what + ": " + state.get());
            }
            Thread.sleep(100);
        }
    }
}

package io.sparkworkbench.engine.stream.query;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sparkworkbench.engine.stream.LiveEventSchema;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window charts' driver-side state, batch by batch: what adds up adds, the funnel's sessions merge, late events stay out. */
class ChartsStateTest {

    private static final long DELAY_MS = 60_000;
    private final SparkSession spark = SharedSparkEngine.get().awaitSession();

    @TempDir
    Path folder;

    @Test
    void twoBatchesFoldToWhatOneBatchOfTheSameEventsShows() throws Exception {
        Dataset<Row> all = events("split", 2_000, LiveQueriesTest.T0, 120_000);
        // Split by event id, so that most sessions have events in both batches.
        Dataset<Row> even = all.where(col(LiveEventSchema.EVENT_ID).mod(2).equalTo(0));
        Dataset<Row> odd = all.where(col(LiveEventSchema.EVENT_ID).mod(2).equalTo(1));
        // A delay longer than the two minutes of events: the first batch's newest event must not make the second's late.
        ChartsState twice = new ChartsState(10 * DELAY_MS);
        twice.fold(even, 0);
        twice.fold(odd, 1);
        ChartsState once = new ChartsState(10 * DELAY_MS);
        once.fold(all, 0);

        assertThat(counts(twice)).hasSizeGreaterThan(40).isEqualTo(counts(once));
        assertThat(RevenueQuery.snapshot(table(twice, RevenueQuery.VIEW)).revenue())
                .containsExactly(RevenueQuery.snapshot(table(once, RevenueQuery.VIEW)).revenue(), within(1e-6));
        assertThat(TopProductsQuery.snapshot(table(twice, TopProductsQuery.VIEW))).usingRecursiveComparison().ignoringFields("lastBatchId")
                .withComparatorForType((a, b) -> Math.abs(a - b) < 1e-6 ? 0 : Double.compare(a, b), Double.class)
                .isEqualTo(TopProductsQuery.snapshot(table(once, TopProductsQuery.VIEW)));

        // Distinct sessions do not add: the halves' sketches are merged, so a session in both batches counts once.
        Funnel merged = FunnelQuery.snapshot(table(twice, FunnelQuery.VIEW));
        Funnel whole = FunnelQuery.snapshot(table(once, FunnelQuery.VIEW));
        Funnel evenOnly = funnelOf(even);
        Funnel oddOnly = funnelOf(odd);
        assertThat(merged.windowStartMs()).containsExactly(whole.windowStartMs());
        for (int w = 0; w < whole.windowStartMs().length; w++) {
            long visited = merged.sessions()[0][w];
            assertThat((double) visited).isCloseTo(whole.sessions()[0][w], within(whole.sessions()[0][w] * 0.01 + 1));
            assertThat(visited).isLessThan(evenOnly.sessions()[0][w] + oddOnly.sessions()[0][w]);
        }
    }

    @Test
    void aBatchIdFoldedAlreadyChangesNothing() throws Exception {
        Dataset<Row> batch = events("replay", 500, LiveQueriesTest.T0, 30_000);
        ChartsState state = new ChartsState(DELAY_MS);
        assertThat(state.fold(batch, 4)).isPresent();
        assertThat(state.fold(batch, 4)).isEmpty();
        assertThat(state.fold(batch, 3)).isEmpty();
        assertThat(EventCountsQuery.snapshot(table(state, EventCountsQuery.VIEW)).total()).isEqualTo(500);
        assertThat(state.lastBatchId()).isEqualTo(4);
    }

    @Test
    void eventsBehindTheWatermarkOfTheBatchesBeforeAreCountedAsLateAndNotFolded() throws Exception {
        ChartsState state = new ChartsState(DELAY_MS);
        LiveState.BatchOutcome first = state.fold(events("first", 300, LiveQueriesTest.T0 + 600_000, 30_000), 0).orElseThrow();
        // The first batch has no watermark before it: nothing is late, whatever its event times.
        assertThat(first.lateEvents()).isZero();
        assertThat(first.added()).isEqualTo(300);
        long newest = LiveQueriesTest.T0 + 600_000 + 30_000;
        assertThat(first.watermarkMs()).isBetween(newest - DELAY_MS - 30_000, newest - DELAY_MS);

        Dataset<Row> late = events("late", 40, LiveQueriesTest.T0, 10_000);
        Dataset<Row> onTime = events("ontime", 100, LiveQueriesTest.T0 + 630_000, 10_000);
        LiveState.BatchOutcome second = state.fold(late.union(onTime), 1).orElseThrow();
        assertThat(second.lateEvents()).isEqualTo(40);
        assertThat(second.added()).isEqualTo(100);
        assertThat(EventCountsQuery.snapshot(table(state, EventCountsQuery.VIEW)).total()).isEqualTo(400);
        assertThat(second.watermarkMs()).isGreaterThanOrEqualTo(first.watermarkMs());
        // Its state is on the driver: the metrics' state rows are the tables' entries and the open minutes' sketches.
        long entries = 0;
        for (String view : List.of(EventCountsQuery.VIEW, RevenueQuery.VIEW, TopProductsQuery.VIEW, FunnelQuery.VIEW)) {
            entries += table(state, view).entries().size();
        }
        assertThat(second.driverStateRows()).isGreaterThan(entries);
        assertThat((second.driverStateRows() - entries) % FunnelQuery.STEPS.size()).as("sketches: whole minutes of steps").isZero();
    }

    @Test
    void theEncodedStateResumesWhereItStoppedWithTheOpenMinutesSketches() throws Exception {
        Dataset<Row> all = events("resume", 1_000, LiveQueriesTest.T0, 50_000);
        Dataset<Row> even = all.where(col(LiveEventSchema.EVENT_ID).mod(2).equalTo(0));
        Dataset<Row> odd = all.where(col(LiveEventSchema.EVENT_ID).mod(2).equalTo(1));
        ChartsState before = new ChartsState(DELAY_MS);
        before.fold(even, 0);
        ChartsState resumed = new ChartsState(DELAY_MS);
        resumed.restore(before.encode());
        assertThat(resumed.lastBatchId()).isZero();
        assertThat(resumed.fold(even, 0)).isEmpty();
        resumed.fold(odd, 1);
        before.fold(odd, 1);

        assertThat(resumed.encode()).isEqualTo(before.encode());
        assertThat(FunnelQuery.snapshot(table(resumed, FunnelQuery.VIEW)).sessions()[0][0])
                .isLessThan(funnelOf(even).sessions()[0][0] + funnelOf(odd).sessions()[0][0]);
    }

    @Test
    void bytesOfAnotherShapeAreRefusedWithWhatTheyHold() {
        ChartsState state = new ChartsState(DELAY_MS);
        byte[] oneTable = new EventCountsQuery().newTable().encode();
        assertThatThrownBy(() -> state.restore(oneTable)).isInstanceOf(IOException.class).hasMessageContaining("the window charts keep format");
        assertThat(state.table("live_sessions")).isEqualTo(Optional.empty());
    }

    private Funnel funnelOf(Dataset<Row> batch) {
        ChartsState alone = new ChartsState(10 * DELAY_MS);
        alone.fold(batch, 0);
        return FunnelQuery.snapshot(table(alone, FunnelQuery.VIEW));
    }

    private static Map<String, Double> counts(ChartsState state) {
        Map<String, Double> out = new TreeMap<>();
        for (WindowEntry e : table(state, EventCountsQuery.VIEW).entries()) {
            out.put(e.startMs() + "-" + e.endMs() + " " + e.key(), e.values()[0]);
        }
        return out;
    }

    private static WindowTable table(ChartsState state, String view) {
        return state.table(view).orElseThrow();
    }

    private Dataset<Row> events(String name, int count, long fromMs, long spanMs) throws Exception {
        Path input = folder.resolve(name);
        List<LiveEvent> events = new SyntheticEvents(name.hashCode()).next(count, fromMs, spanMs, System.currentTimeMillis());
        new EventFiles(input, name).write(events);
        return spark.read().schema(LiveEventSchema.SCHEMA).json(input.toString()).repartition(3);
    }
}

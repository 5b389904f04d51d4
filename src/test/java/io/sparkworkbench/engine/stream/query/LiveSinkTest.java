package io.sparkworkbench.engine.stream.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.stream.LiveEventSchema;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** foreachBatch is at-least-once: the sinks fold a batch id once, and the state they persist comes back. */
class LiveSinkTest {

    private final SparkSession spark = SharedSparkEngine.get().awaitSession();
    private final LiveStreamConfig config = LiveStreamConfig.defaults().withSessionGap(Duration.ofSeconds(20));

    @TempDir
    Path folder;

    @Test
    void theSameBatchIdDeliveredTwiceCountsOnceAndTheViewShowsTheLatestState() throws Exception {
        EventCountsQuery query = new EventCountsQuery();
        Dataset<Row> batch = query.aggregate(events(500), config);
        LiveState state = query.newState(config);
        WindowTable table = state.table(EventCountsQuery.VIEW).orElseThrow();
        List<Long> done = new ArrayList<>();
        LiveSink sink = new LiveSink(query.name(), state, new SnapshotFile(folder), spark, (id, outcome) -> done.add(id));

        sink.call(batch, 0L);
        long once = EventCountsQuery.snapshot(table).total();
        sink.call(batch, 0L);
        assertThat(once).isEqualTo(500);
        assertThat(EventCountsQuery.snapshot(table).total()).isEqualTo(500);
        assertThat(done).containsExactly(0L, 0L);
        assertThat(spark.table("live_event_counts").agg(org.apache.spark.sql.functions.sum("events")).first().getLong(0)).isEqualTo(500);

        WindowTable restored = query.newTable();
        restored.restore(new SnapshotFile(folder).read().orElseThrow());
        assertThat(EventCountsQuery.snapshot(restored).total()).isEqualTo(500);
        assertThat(restored.lastBatchId()).isZero();
    }

    @Test
    void closedSessionsAddUpSoAReplayedBatchIdIsWhatMustNotCountThemTwice() throws Exception {
        SessionsQuery query = new SessionsQuery();
        // A batch query has no watermark to wait for: every session is closed, as an append-mode batch delivers them.
        Dataset<Row> batch = query.aggregate(events(300), config);
        long sessions = batch.count();
        LiveState state = query.newState(config);
        WindowTable table = state.table(SessionsQuery.VIEW).orElseThrow();
        LiveSink sink = new LiveSink(query.name(), state, new SnapshotFile(folder), spark, (id, outcome) -> { });

        sink.call(batch, 3L);
        sink.call(batch, 3L);
        assertThat(ended(SessionsQuery.snapshot(table))).isEqualTo(sessions);
        // A new batch id with the same rows is added: the id alone kept the replay out.
        sink.call(batch, 4L);
        assertThat(ended(SessionsQuery.snapshot(table))).isEqualTo(2 * sessions);
    }

    private static long ended(Sessions s) {
        long sum = 0;
        for (long e : s.endedSessions()) {
            sum += e;
        }
        return sum;
    }

    private Dataset<Row> events(int count) throws Exception {
        Path input = folder.resolve("input");
        new EventFiles(input, "sink").write(new SyntheticEvents(3).next(count, LiveQueriesTest.T0, 60_000, System.currentTimeMillis()));
        return spark.read().schema(LiveEventSchema.SCHEMA).json(input.toString());
    }
}

package io.sparkworkbench.engine.stream.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.stream.LiveEventSchema;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sessions query's closed sessions against a batch count of the same events: a pause splits an id, late events drop. */
class SessionsQueryTest {

    private static final long T0 = LiveQueriesTest.T0;
    private static final Duration GAP = Duration.ofSeconds(30);
    private static final long SPLIT_ID = 900_001;
    private static final long LATE_ID = 900_002;

    private final SparkEngine engine = SharedSparkEngine.get();

    @TempDir
    Path input;

    @Test
    void closedSessionsEqualABatchCountOfTheSameEvents() throws Exception {
        EventFiles files = new EventFiles(input, "sessions");
        SyntheticEvents events = new SyntheticEvents(5);
        long now = System.currentTimeMillis();
        List<LiveEvent> first = events.next(400, T0, 40_000, now);
        List<LiveEvent> second = events.next(400, T0 + 100_000, 40_000, now);
        // One id with a pause longer than the gap: two sessions, the second of which buys.
        List<LiveEvent> third = new ArrayList<>(List.of(pageView(SPLIT_ID, T0 + 101_000, now), pageView(SPLIT_ID, T0 + 105_000, now),
                pageView(SPLIT_ID, T0 + 140_000, now), event(SPLIT_ID, T0 + 141_000, "purchase", now)));
        // Spark drops late rows against the watermark of the batch before (its eviction watermark): the first file's
        // newest event − 1 minute. Older than that, and dropped.
        third.add(pageView(LATE_ID, T0 - 300_000, now));
        List<Path> written = new ArrayList<>(List.of(files.write(first), files.write(second), files.write(third)));
        // Ten minutes on: the watermark passes every session before it, so they all close.
        written.add(files.write(List.of(pageView(SPLIT_ID + 10, T0 + 600_000, now))));
        for (int i = 0; i < written.size(); i++) {
            Files.setLastModifiedTime(written.get(i), FileTime.fromMillis(now - 60_000 + i * 1_000L));
        }

        Sessions sessions = run();

        Dataset<Row> batch = engine.awaitSession().read().schema(LiveEventSchema.SCHEMA).json(input.toString())
                .where("session_id NOT IN (" + LATE_ID + ", " + (SPLIT_ID + 10) + ")");
        long ids = batch.select("session_id").distinct().count();
        long buying = batch.where("event_type = 'purchase'").select("session_id").distinct().count();
        assertThat(Arrays.stream(sessions.endedSessions()).sum()).as("one session per id, two for the id that paused").isEqualTo(ids + 1);
        assertThat(Arrays.stream(sessions.convertedSessions()).sum()).isEqualTo(buying);
        // The paused id's second session: 140 s to 141 s, two events, in the bucket of 140 s.
        int bucket = Arrays.binarySearch(sessions.bucketStartMs(), T0 + 140_000);
        assertThat(bucket).isNotNegative();
        assertThat(sessions.endedSessions()[bucket]).isGreaterThanOrEqualTo(1);
    }

    private Sessions run() throws Exception {
        LiveStreamConfig config = LiveStreamConfig.defaults().withTrigger(LiveTrigger.availableNow()).withScope("sessions-test")
                .withSessionGap(GAP);
        LiveStreamService service = new LiveStreamService(engine, LiveInput.jsonFolder(input, 1), config, List.of(new SessionsQuery()));
        try {
            service.startAllFresh();
            service.whenAllEnded().get(3, TimeUnit.MINUTES);
            QueryStatus status = service.status(SessionsQuery.VIEW);
            assertThat(status.state()).as(status.message()).isEqualTo(QueryStatus.State.FINISHED);
            assertThat(status.inputRows()).isEqualTo(806);
            assertThat(status.droppedByWatermark()).as("the late event").isEqualTo(1);
            return service.sessions();
        } finally {
            service.stopAll().get(1, TimeUnit.MINUTES);
        }
    }

    private static LiveEvent pageView(long session, long tsMs, long emittedMs) {
        return event(session, tsMs, "page_view", emittedMs);
    }

    private static long nextEventId = 1_000_000;

    private static LiveEvent event(long session, long tsMs, String type, long emittedMs) {
        boolean purchase = type.equals("purchase");
        return new LiveEvent(nextEventId++, session, null, tsMs, type, purchase ? 7L : null, purchase ? "books" : null,
                purchase ? 25.0 : null, "desktop", "direct", emittedMs);
    }
}

package io.sparkworkbench.engine.stream.session;

import static io.sparkworkbench.engine.stream.session.LiveSessionTest.await;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.unix_millis;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.stream.query.EventCounts;
import io.sparkworkbench.engine.stream.source.ClickstreamReplay;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay end to end: the open data set's clickstream read by Spark a page at a time, written into the watched
 * folder at N times its speed and counted by the live event-count query. The two years of a generated clickstream
 * take hours even at 10,000x, so a portion is played and the session stopped. The files come in whole, in order,
 * and each query reads every file there was at its listing: what the count query counted must be exactly the
 * clickstream's first events in event-time order, each in the 10 s window its replayed time falls in.
 */
class ReplaySessionTest {

    private static final int SPEED = ClickstreamReplay.MAX_SPEED;
    /** Events counted before the stop: a few windows' worth at scale 1 (the first days hold few visitors yet). */
    private static final int PORTION = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SparkEngine engine = SharedSparkEngine.get();
    private final String scope = "replay-" + Long.toString(System.nanoTime(), 36);
    private LiveSession session;

    @TempDir
    Path copies;

    private record Stored(long id, long tsMillis, String type) {
    }

    @AfterEach
    void stopAndForget() {
        LiveSessionFixture.closeAndForget(engine, session, scope, ReplayRun.FOLDER_NAME);
    }

    @Test
    void aReplayedPortionIsWrittenInEventTimeOrderAtNTimesItsSpeedAndCountedExactly() throws Exception {
        GeneratedData.openShared(1.0);
        List<Stored> stored = storedInEventTimeOrder();
        session = LiveSessionFixture.newSession(engine, scope);
        try (FileTap tap = FileTap.start(LiveSessionFixture.incoming(engine, scope, ReplayRun.FOLDER_NAME), copies)) {
            session.start(new LiveSourceChoice.Replay(SPEED)).future().get(3, TimeUnit.MINUTES);
            await(() -> counted() >= PORTION, PORTION + " replayed events counted", () -> String.valueOf(session.snapshot().eventCounts()));
            session.stop().get(3, TimeUnit.MINUTES);
        }
        await(() -> session.snapshot().state() == LiveSnapshot.State.IDLE, "stopped in the snapshot", () -> session.snapshot().toString());

        long start = replayStartFromTheWrittenFiles(stored);
        LiveSnapshot stopped = session.snapshot();
        EventCounts counts = stopped.eventCounts();
        assertThat(counts.total()).isGreaterThanOrEqualTo(PORTION).isLessThanOrEqualTo(stopped.source().eventsProduced());
        Map<String, Long> expected = new TreeMap<>();
        long origin = stored.get(0).tsMillis();
        for (Stored e : stored.subList(0, (int) counts.total())) {
            long window = Math.floorDiv(start + (e.tsMillis() - origin) / SPEED, counts.windowMs()) * counts.windowMs();
            expected.merge(window + " " + e.type(), 1L, Long::sum);
        }
        assertThat(countedPerWindowAndType(counts)).as("the first %d stored events in their replayed windows", counts.total())
                .isEqualTo(expected);
    }

    /**
     * Checks every copied file against the clickstream: its events are the next ones in event-time order, and each
     * was stamped its original distance from the first event divided by the speed after one same start. Returns it.
     */
    private long replayStartFromTheWrittenFiles(List<Stored> stored) throws IOException {
        Set<String> names = LiveSessionFixture.fileNames(copies);
        assertThat(names).as("files copied before the sweeper deleted them").isNotEmpty();
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            position.put(stored.get(i).id(), i);
        }
        long origin = stored.get(0).tsMillis();
        Set<Long> starts = new TreeSet<>();
        int end = 0;
        for (String name : names) {
            List<JsonNode> events = Files.readAllLines(copies.resolve(name)).stream().map(ReplaySessionTest::parse).toList();
            List<Long> ids = events.stream().map(e -> e.get("event_id").asLong()).toList();
            assertThat(position).as(name + "'s first event is stored").containsKey(ids.get(0));
            int at = position.get(ids.get(0));
            assertThat(at).as(name + " follows the files before it").isGreaterThanOrEqualTo(end);
            assertThat(ids).as(name + " holds the next stored events in event-time order")
                    .isEqualTo(stored.subList(at, Math.min(stored.size(), at + ids.size())).stream().map(Stored::id).toList());
            for (int k = 0; k < events.size(); k++) {
                long replayed = Instant.parse(events.get(k).get("event_ts").asText()).toEpochMilli();
                starts.add(replayed - (stored.get(at + k).tsMillis() - origin) / SPEED);
            }
            end = at + ids.size();
        }
        assertThat(starts).as("one start for every event written").hasSize(1);
        return starts.iterator().next();
    }

    /** The data set's clickstream as the replay defines its order: event time, then id, of the events having both. */
    private List<Stored> storedInEventTimeOrder() {
        List<Row> rows = engine.awaitSession().table("clickstream")
                .select(col("event_id").cast("bigint").as("id"), col("event_ts").cast("timestamp").as("ts"), col("event_type").cast("string").as("type"))
                .where(col("id").isNotNull().and(col("ts").isNotNull()))
                .orderBy("ts", "id")
                .select(col("id"), unix_millis(col("ts")), col("type"))
                .collectAsList();
        return rows.stream().map(r -> new Stored(r.getLong(0), r.getLong(1), r.getString(2))).toList();
    }

    private long counted() {
        EventCounts counts = session.snapshot().eventCounts();
        return counts == null ? 0 : counts.total();
    }

    private static Map<String, Long> countedPerWindowAndType(EventCounts counts) {
        Map<String, Long> out = new TreeMap<>();
        for (int t = 0; t < counts.types().size(); t++) {
            for (int w = 0; w < counts.windowStartMs().length; w++) {
                if (counts.counts()[t][w] > 0) {
                    out.put(counts.windowStartMs()[w] + " " + counts.types().get(t), counts.counts()[t][w]);
                }
            }
        }
        return out;
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package io.sparkworkbench.engine.stream.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replay on a test clock: event-time order, N times the speed, bounded pages. */
class ClickstreamReplayTest {

    private static final long ORIGINAL = Instant.parse("2024-03-01T12:00:00Z").toEpochMilli();
    private static final long NOW = Instant.parse("2026-06-01T08:00:00Z").toEpochMilli();

    @TempDir
    Path data;

    @Test
    void eventsComeInEventTimeOrderAtNTimesTheirSpeedWithTimesShiftedToTheReplay() {
        // Out of id order on purpose: the source sorts by time, then id.
        List<LiveEvent> stored = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long id = 1_000 - i;
            stored.add(event(id, ORIGINAL + (i / 3) * 60_000L)); // three events a minute for 100 minutes
        }
        InMemorySource source = new InMemorySource(stored);
        AtomicEventWriter writer = new AtomicEventWriter(StreamFolders.of(data, "replay"), "1", 10_000, 250);
        ClickstreamReplay replay = new ClickstreamReplay(source, writer, 600, 7);

        assertThat(replay.step(NOW)).isTrue();
        assertThat(replay.eventsReplayed()).isEqualTo(3); // the first minute's three events are due at once
        assertThat(replay.step(NOW + 99)).isTrue();
        assertThat(replay.eventsReplayed()).isEqualTo(3); // at 600x a minute takes 100 ms
        assertThat(replay.step(NOW + 100)).isTrue();
        assertThat(replay.eventsReplayed()).isEqualTo(6);
        assertThat(replay.step(NOW + 5_000)).isTrue();
        assertThat(replay.eventsReplayed()).isEqualTo(153);
        assertThat(replay.step(NOW + 10_000)).as("played out").isFalse();
        assertThat(replay.eventsReplayed()).isEqualTo(300);
        assertThat(source.largestPage).isEqualTo(7);

        List<JsonNode> written = SimulatorFixtures.readEvents(writer.folders().incoming());
        assertThat(written).hasSize(300);
        List<Long> times = written.stream().map(e -> Instant.parse(e.get("event_ts").asText()).toEpochMilli()).toList();
        assertThat(times).isSorted();
        assertThat(times.get(0)).isEqualTo(NOW);
        assertThat(times.get(299)).isEqualTo(NOW + 99 * 100);
        assertThat(replay.originalTimeOf(times.get(299))).isEqualTo(ORIGINAL + 99 * 60_000L);
        // Ties in time come by id.
        assertThat(written.subList(0, 3).stream().map(e -> e.get("event_id").asLong()).toList()).containsExactly(998L, 999L, 1000L);
        assertThat(written).allMatch(e -> Instant.parse(e.get("emitted_ts").asText()).toEpochMilli()
                >= Instant.parse(e.get("event_ts").asText()).toEpochMilli());
    }

    @Test
    void aSpeedOutsideOneToTenThousandIsRefused() {
        AtomicEventWriter writer = new AtomicEventWriter(StreamFolders.of(data, "speed"), "1", 10, 250);
        assertThatThrownBy(() -> new ClickstreamReplay(new InMemorySource(List.of()), writer, 20_000))
                .hasMessageContaining("between 1x and 10000x");
    }

    private static LiveEvent event(long id, long ts) {
        return new LiveEvent(id, id / 3, LiveEvent.NONE, ts, "page_view", LiveEvent.NONE, null, LiveEvent.NO_AMOUNT,
                "desktop", "direct", ts);
    }

    /** Pages a sorted list the way the Spark source pages its sorted scan. */
    static final class InMemorySource implements ReplaySource {
        private final List<LiveEvent> sorted;
        int largestPage;

        InMemorySource(List<LiveEvent> events) {
            sorted = events.stream().sorted(Comparator.comparingLong(LiveEvent::eventTsMillis).thenComparingLong(LiveEvent::eventId)).toList();
        }

        @Override
        public List<LiveEvent> page(long afterTs, long afterId, int limit) {
            List<LiveEvent> page = sorted.stream()
                    .filter(e -> afterTs == Long.MIN_VALUE || e.eventTsMillis() > afterTs
                            || (e.eventTsMillis() == afterTs && e.eventId() > afterId))
                    .limit(limit).toList();
            largestPage = Math.max(largestPage, page.size());
            return page;
        }
    }
}

package io.sparkworkbench.ui.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.sparkworkbench.engine.stream.query.EventCounts;
import io.sparkworkbench.engine.stream.session.LiveSnapshot;
import io.sparkworkbench.engine.stream.session.LiveSourceStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Dashboard's live events/s: per ten-second window, the newest apart as still filling, bounded, and its caption. */
class LiveEventsPerSecondTest {

    private static final long W = 10_000;

    @Test
    void eachClosedWindowsEventsOfEveryTypePerSecondAtItsEndAndTheNewestWindowApartJoinedToTheLastClosedOne() {
        // Two types; the newest window (30 s) has only its first events so far: 40 against 1,000 before it.
        EventCounts counts = new EventCounts(List.of("page_view", "purchase"), new long[] {0, W, 2 * W, 3 * W},
                new long[][] {{900, 950, 980, 38}, {100, 50, 20, 2}}, W, 7);
        List<TimePoint> points = LiveChartData.eventsPerSecond(counts);
        assertThat(points).filteredOn(p -> p.series().equals(LiveChartData.EVENTS_CLOSED))
                .extracting(TimePoint::timeMs, TimePoint::value)
                .containsExactly(tuple(W, 100.0), tuple(2 * W, 100.0), tuple(3 * W, 100.0));
        assertThat(points).filteredOn(p -> p.series().equals(LiveChartData.EVENTS_FILLING))
                .extracting(TimePoint::timeMs, TimePoint::value)
                .containsExactly(tuple(3 * W, 100.0), tuple(4 * W, 4.0));
    }

    @Test
    void keepsTheNewestWindowsOnlyAndDrawsAWindowWithoutEventsAsZero() {
        int windows = LiveChartData.WINDOWS + 7;
        long[] starts = new long[windows - 1];
        long[][] counts = new long[1][windows - 1];
        // Every window but the third newest has events: its ten seconds had none (absent from the counts).
        for (int w = 0, i = 0; w < windows; w++) {
            if (w != windows - 3) {
                starts[i] = w * W;
                counts[0][i++] = 10L * (w + 1);
            }
        }
        List<TimePoint> points = LiveChartData.eventsPerSecond(new EventCounts(List.of("page_view"), starts, counts, W, 3));
        List<TimePoint> closed = points.stream().filter(p -> p.series().equals(LiveChartData.EVENTS_CLOSED)).toList();
        assertThat(closed).hasSize(LiveChartData.WINDOWS - 1);
        long oldestShown = (windows - LiveChartData.WINDOWS) * W;
        assertThat(closed.get(0).timeMs()).isEqualTo(oldestShown + W);
        assertThat(closed.get(0).value()).isEqualTo((windows - LiveChartData.WINDOWS + 1) / 1.0);
        assertThat(closed).filteredOn(p -> p.timeMs() == (windows - 2) * W).singleElement()
                .extracting(TimePoint::value).isEqualTo(0.0);
        assertThat(points).filteredOn(p -> p.series().equals(LiveChartData.EVENTS_FILLING)).extracting(TimePoint::timeMs)
                .containsExactly((windows - 1) * W, windows * W);
    }

    @Test
    void theFirstWindowAloneIsStillFillingAndNoCountsDrawNothing() {
        EventCounts first = new EventCounts(List.of("page_view"), new long[] {5 * W}, new long[][] {{250}}, W, 0);
        assertThat(LiveChartData.eventsPerSecond(first)).containsExactly(new TimePoint(LiveChartData.EVENTS_FILLING, 6 * W, 25.0));
        assertThat(LiveChartData.eventsPerSecond(null)).isEmpty();
        assertThat(LiveChartData.eventsPerSecond(new EventCounts(List.of("page_view"), new long[0], new long[][] {{}}, W, -1))).isEmpty();
    }

    @Test
    void theCaptionSaysWhatRunsHowManyEventsAndThatTheFiltersDoNotApply() {
        LiveSourceStatus simulator = new LiveSourceStatus("simulator at 1,000 events/s", 12_345, 1_000, false, false, 0, false,
                Optional.empty());
        assertThat(LiveOverview.caption(snapshot(LiveSnapshot.State.RUNNING, simulator, null)))
                .isEqualTo("Live: simulator at 1,000 events/s · 12,345 events so far · the dashboard's filters do not apply to these charts");
        // The user's folder: the source does not count its events, the queries do over the windows they keep.
        LiveSourceStatus folder = new LiveSourceStatus("folder /data/in", -1, 0, false, false, -1, false, Optional.empty());
        EventCounts counts = new EventCounts(List.of("page_view"), new long[] {0, W}, new long[][] {{1_000, 234}}, W, 1);
        assertThat(LiveOverview.caption(snapshot(LiveSnapshot.State.STOPPING, folder, counts)))
                .startsWith("Live (stopping): folder /data/in · 1,234 events in the windows kept · ");
    }

    private static LiveSnapshot snapshot(LiveSnapshot.State state, LiveSourceStatus source, EventCounts counts) {
        return new LiveSnapshot(1, state, "", source, counts, null, null, null, null, null, List.of(), Map.of(), Map.of(), null);
    }
}

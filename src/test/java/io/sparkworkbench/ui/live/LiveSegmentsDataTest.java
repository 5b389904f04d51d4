package io.sparkworkbench.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.chart.BarValue;
import io.sparkworkbench.engine.stream.learn.LiveSegments;
import io.sparkworkbench.engine.stream.query.QueryStatus;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LiveSegmentsDataTest {

    private static final long T0 = 1_700_000_000_000L;

    static LiveSegments twoWindows(boolean fittedOnTheSpot) {
        return new LiveSegments(List.of("Champions", "At risk"), new long[] {T0, T0 + 10_000},
                new long[][] {{6, 0}, {2, 4}}, new long[] {1, 3}, new long[] {1, 0}, 10_000,
                fittedOnTheSpot ? "no segmentation is saved for this data set: a model fitted on the spot (k = 2)" : "the segmentation saved in /m",
                fittedOnTheSpot, 7, List.of(new LiveSegments.Drift(6, T0 + 1_000, new double[] {0.1, 0.2}),
                        new LiveSegments.Drift(7, T0 + 2_000, new double[] {0.3, 0.4})), new double[] {0.3, 0.4}, 0.9);
    }

    @Test
    void theMixHasEverySegmentInEveryWindowInSegmentOrderSoEachKeepsItsColour() {
        List<BarValue> bars = LiveSegmentsData.mix(twoWindows(false), ZoneOffset.UTC);
        assertThat(bars).extracting(BarValue::series).containsExactly("Champions", "At risk", "Champions", "At risk");
        assertThat(bars).extracting(BarValue::value).containsExactly(6.0, 2.0, 0.0, 4.0);
        assertThat(bars.get(0).category()).isEqualTo("22:13:20");
        assertThat(LiveSegmentsData.mix(null, ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void driftIsOnePointPerCentreAndBatchNamedBySegment() {
        List<TimePoint> points = LiveSegmentsData.drift(twoWindows(false));
        assertThat(points).containsExactly(new TimePoint("Champions", T0 + 1_000, 0.1), new TimePoint("At risk", T0 + 1_000, 0.2),
                new TimePoint("Champions", T0 + 2_000, 0.3), new TimePoint("At risk", T0 + 2_000, 0.4));
    }

    @Test
    void theSummarySaysWhichModelScoresAndHowManyEventsWereKnownCustomers() {
        // 12 known of 17 events: 71%; 4 anonymous: 24%; 1 unknown: 6%.
        assertThat(LiveSegmentsData.summary(twoWindows(false), Optional.empty())).isEqualTo("Scoring with the segmentation saved in /m · decay 0.90 per batch"
                + " · 17 events in the last 10 minutes: 71% known customers, 24% anonymous, 6% customers the data set does not hold");
        assertThat(LiveSegmentsData.summary(twoWindows(true), Optional.empty())).startsWith("No segmentation is saved for this data set: a model fitted on the spot");
        assertThat(LiveSegmentsData.summary(null, Optional.empty())).contains("open a data set");
        LiveSegments loading = new LiveSegments(List.of(), new long[0], new long[0][], new long[0], new long[0], 10_000, "", false, -1,
                List.of(), new double[0], Double.NaN);
        assertThat(LiveSegmentsData.summary(loading, Optional.of(status(QueryStatus.State.STARTING)))).startsWith("Loading the segmentation");
        // Stopped before the model had loaded: not "loading" for ever.
        assertThat(LiveSegmentsData.summary(loading, Optional.of(status(QueryStatus.State.STOPPED))))
                .isEqualTo("Online learning starts with the stream: press Start");
        QueryStatus failed = new QueryStatus("live_segments", "live_segments-sim", QueryStatus.State.FAILED,
                "live_segments-sim failed: the saved segmentation could not be read", 3, 0, 0, 10, false, "/c");
        assertThat(LiveSegmentsData.summary(twoWindows(false), Optional.of(failed)))
                .isEqualTo("Online learning stopped: live_segments-sim failed: the saved segmentation could not be read");
    }

    private static QueryStatus status(QueryStatus.State state) {
        return new QueryStatus("live_segments", "live_segments-sim", state, "", -1, 0, 0, 0, false, "/c");
    }
}

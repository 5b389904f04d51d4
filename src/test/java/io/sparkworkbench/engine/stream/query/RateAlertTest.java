package io.sparkworkbench.engine.stream.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RateAlertTest {

    private static EventCounts counts(long... perWindow) {
        long[] starts = new long[perWindow.length];
        long[][] counts = new long[1][perWindow.length];
        for (int i = 0; i < perWindow.length; i++) {
            starts[i] = i * 10_000L;
            counts[0][i] = perWindow[i];
        }
        return new EventCounts(List.of("page_view"), starts, counts, 10_000, 0);
    }

    @Test
    void aWindowFarAboveItsRollingMeanRaisesTheAlertAndTheNewestStillFillingWindowIsNotJudged() {
        RateAlert alert = RateAlert.evaluate(counts(100, 110, 90, 100, 400, 5), 3.0);
        assertThat(alert.raised()).isTrue();
        assertThat(alert.windowStartMs()).isEqualTo(40_000);
        assertThat(alert.rollingMean()).isEqualTo(100);
        assertThat(alert.ratio()).isEqualTo(4.0);
        assertThat(alert.message()).contains("400 events").contains("4.0×");
    }

    @Test
    void anOrdinaryWindowAndTooShortAHistoryRaiseNothing() {
        assertThat(RateAlert.evaluate(counts(100, 110, 90, 100, 250, 5), 3.0).raised()).isFalse();
        assertThat(RateAlert.evaluate(counts(100, 900, 5), 3.0)).isEqualTo(RateAlert.NOT_YET);
    }

    @Test
    void windowsWithoutEventsCountAsZeroInTheMean() {
        // Windows at 0 and 30 s: the 10 s and 20 s windows saw nothing, so the mean of the three before 30 s is 100/3.
        EventCounts sparse = new EventCounts(List.of("page_view"), new long[] {0, 30_000, 40_000}, new long[][] {{100, 120, 1}}, 10_000, 0);
        RateAlert alert = RateAlert.evaluate(sparse, 3.0);
        assertThat(alert.rollingMean()).isEqualTo(100.0 / 3);
        assertThat(alert.raised()).isTrue();
    }

    @Test
    void windowsFromBeforeTheStreamStartedAreNotItsHistory() {
        // Twelve windows of a few late events stamped before Start (115 s), then the first full windows.
        long[] perWindow = {2, 3, 1, 2, 2, 4, 1, 2, 3, 2, 1, 2, 1555, 5};
        assertThat(RateAlert.evaluate(counts(perWindow), 3.0).raised()).as("judged against the late events").isTrue();
        assertThat(RateAlert.evaluate(counts(perWindow), 3.0, 115_000)).isEqualTo(RateAlert.NOT_YET);

        long[] later = {2, 3, 1, 2, 2, 4, 1, 2, 3, 2, 1, 2, 1555, 1490, 1530, 1510, 1602, 5};
        RateAlert steady = RateAlert.evaluate(counts(later), 3.0, 115_000);
        assertThat(steady.windowStartMs()).isEqualTo(160_000);
        assertThat(steady.rollingMean()).isEqualTo((1555 + 1490 + 1530 + 1510) / 4.0);
        assertThat(steady.raised()).isFalse();
    }
}

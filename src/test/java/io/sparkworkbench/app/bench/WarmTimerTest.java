package io.sparkworkbench.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic behind the figures; no timing is asserted. */
class WarmTimerTest {

    @Test
    void runsTheActionsRoundByRound() throws Exception {
        List<String> calls = new ArrayList<>();
        double[] medians = WarmTimer.medians(3, List.of(() -> calls.add("a"), () -> calls.add("b")));
        assertThat(calls).containsExactly("a", "b", "a", "b", "a", "b");
        assertThat(medians).hasSize(2);
    }

    @Test
    void overheadIsRelativeToTheBareSession() {
        assertThat(WarmTimer.overheadPct(110, 100)).isCloseTo(10, within(1e-9));
        assertThat(WarmTimer.overheadPct(90, 100)).isCloseTo(-10, within(1e-9));
    }

    @Test
    void overheadFigureIsTheMedianOverTheLibrary() {
        List<SqlBenchmark.Timing> timings = List.of(
                new SqlBenchmark.Timing("a", 120, 100, Double.NaN),
                new SqlBenchmark.Timing("b", 500, 100, 50),
                new SqlBenchmark.Timing("c", 105, 100, 35));
        assertThat(SqlBenchmark.medianOverheadPct(timings)).isCloseTo(20, within(1e-9));
        assertThat(SqlBenchmark.maxWorkbenchMs(timings)).isEqualTo(500);
        assertThat(timings.get(0).hasDuck()).isFalse();
        assertThat(timings.get(2).ratioVsDuck()).isCloseTo(3, within(1e-9));
    }
}

package io.sparkworkbench.ui.common.scatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AxisTicksTest {

    @Test
    void picksRoundStepsInsideTheRange() {
        AxisTicks ticks = AxisTicks.of(-0.3, 9.7, 5);

        assertThat(ticks.values()).containsExactly(0, 2, 4, 6, 8);
        assertThat(ticks.label(4)).isEqualTo("4");
    }

    @Test
    void labelsCarryAsManyDecimalsAsTheStepNeeds() {
        AxisTicks ticks = AxisTicks.of(0.12, 0.19, 4);

        assertThat(Arrays.stream(ticks.values()).boxed()).allSatisfy(v -> assertThat(v).isBetween(0.12, 0.19));
        assertThat(Arrays.stream(ticks.values()).mapToObj(ticks::label)).contains("0.14", "0.16");
        assertThat(AxisTicks.of(0, 250_000, 5).label(100_000)).isEqualTo("100,000");
        assertThat(AxisTicks.of(0, 3e9, 5).label(1e9)).isEqualTo("1.00e+09");
    }

    @Test
    void anEmptyRangeHasNoTicks() {
        assertThat(AxisTicks.of(1, 1, 5).values()).isEmpty();
    }
}

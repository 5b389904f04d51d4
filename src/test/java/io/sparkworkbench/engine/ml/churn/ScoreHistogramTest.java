package io.sparkworkbench.engine.ml.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreHistogramTest {

    /** Four bins: churners score high, stayers low, one of each in the middle. */
    private final ScoreHistogram histogram = ScoreHistogram.of(new long[]{0, 1, 2, 7}, new long[]{6, 3, 1, 0});

    @Test
    void theConfusionMatrixFlagsEveryBinFromTheThresholdOn() {
        Confusion half = histogram.confusionAt(0.5);
        assertThat(half).isEqualTo(new Confusion(0.5, 9, 1, 1, 9));
        assertThat(half.precision()).isEqualTo(0.9);
        assertThat(half.recall()).isEqualTo(0.9);
        assertThat(histogram.confusionAt(0)).isEqualTo(new Confusion(0, 10, 10, 0, 0));
        Confusion none = histogram.confusionAt(1);
        assertThat(none).isEqualTo(new Confusion(1, 0, 0, 10, 10));
        assertThat(none.precision()).isNaN();
        assertThat(histogram.confusionAt(0.3).threshold()).as("rounded to the nearest edge").isEqualTo(0.25);
    }

    @Test
    void theRocCurveRunsFromNobodyFlaggedToEverybodyFlagged() {
        assertThat(histogram.rocCurve()).containsExactly(new RocPoint(0, 0), new RocPoint(0, 0.7), new RocPoint(0.1, 0.9),
                new RocPoint(0.4, 1.0), new RocPoint(1, 1));
        assertThat(ScoreHistogram.of(new long[]{0, 3}, new long[]{0, 0}).rocCurve()).as("no stayers, no curve").isEmpty();
    }

    @Test
    void refusesBinsOfDifferentLengthsAndAThresholdThatIsNotANumber() {
        assertThatThrownBy(() -> new ScoreHistogram(List.of(1L), List.of(1L, 2L))).hasMessageContaining("as many churned as stayed");
        assertThatThrownBy(() -> histogram.confusionAt(Double.NaN)).hasMessageContaining("not a number");
    }
}

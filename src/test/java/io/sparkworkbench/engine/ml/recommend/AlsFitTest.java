package io.sparkworkbench.engine.ml.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlsFitTest {

    @Test
    void blocksGrowWithTheRatingsBetweenTwoAndSparksTen() {
        assertThat(AlsFit.blocksFor(0)).isEqualTo(2);
        assertThat(AlsFit.blocksFor(98_000)).isEqualTo(2);
        assertThat(AlsFit.blocksFor(1_000_001)).isEqualTo(3);
        assertThat(AlsFit.blocksFor(2_400_000)).isEqualTo(5);
        assertThat(AlsFit.blocksFor(100_000_000)).isEqualTo(10);
    }
}

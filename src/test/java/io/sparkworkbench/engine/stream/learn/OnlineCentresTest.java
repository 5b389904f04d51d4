package io.sparkworkbench.engine.stream.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OnlineCentresTest {

    private static OnlineCentres twoCentres() {
        return new OnlineCentres(new double[][] {{0, 0}, {10, 10}}, new double[] {4, 2}, 0.5);
    }

    @Test
    void aBatchMovesEachCentreByTheDecayedWeightedMeanWorkedByHand() {
        OnlineCentres centres = twoCentres();

        // Centre 0 gets two points summing to (6, 2): (0.5·4·(0,0) + (6,2)) / (0.5·4 + 2) = (1.5, 0.5), weight 4.
        // Centre 1 gets none: it stays, its weight decays to 0.5·2 = 1.
        assertThat(centres.apply(0, new long[] {2, 0}, new double[][] {{6, 2}, {0, 0}}, 1000)).isTrue();
        assertThat(centres.centres()[0]).containsExactly(new double[] {1.5, 0.5}, within(1e-12));
        assertThat(centres.centres()[1]).containsExactly(new double[] {10, 10}, within(1e-12));
        assertThat(centres.weights()).containsExactly(new double[] {4, 1}, within(1e-12));

        // Then one point (3.5, 0.5) for centre 0: (0.5·4·(1.5,0.5) + (3.5,0.5)) / (2 + 1) = (6.5/3, 0.5), weight 3.
        // One point (13, 10) for centre 1: (0.5·1·(10,10) + (13,10)) / (0.5 + 1) = (12, 10), weight 1.5.
        centres.apply(1, new long[] {1, 1}, new double[][] {{3.5, 0.5}, {13, 10}}, 2000);
        assertThat(centres.centres()[0]).containsExactly(new double[] {6.5 / 3, 0.5}, within(1e-12));
        assertThat(centres.centres()[1]).containsExactly(new double[] {12, 10}, within(1e-12));
        assertThat(centres.weights()).containsExactly(new double[] {3, 1.5}, within(1e-12));
        assertThat(centres.drift()).containsExactly(new double[] {Math.hypot(6.5 / 3, 0.5), 2}, within(1e-12));
        assertThat(centres.series()).extracting(OnlineCentres.DriftPoint::batchId).containsExactly(0L, 1L);
    }

    @Test
    void aReplayedBatchIdLeavesTheCentresUnchanged() {
        OnlineCentres centres = twoCentres();
        centres.apply(0, new long[] {2, 0}, new double[][] {{6, 2}, {0, 0}}, 1000);

        assertThat(centres.apply(0, new long[] {5, 5}, new double[][] {{50, 50}, {50, 50}}, 2000)).isFalse();
        assertThat(centres.centres()[0]).containsExactly(1.5, 0.5);
        assertThat(centres.weights()).containsExactly(4, 1);
        assertThat(centres.series()).hasSize(1);
    }

    @Test
    void resetRestoresTheBatchCentresAndWeightsButKeepsTheBatchId() {
        OnlineCentres centres = twoCentres();
        centres.apply(3, new long[] {2, 1}, new double[][] {{6, 2}, {20, 20}}, 1000);

        centres.resetToBatch(2000);

        assertThat(centres.centres()).isDeepEqualTo(new double[][] {{0, 0}, {10, 10}});
        assertThat(centres.weights()).containsExactly(4, 2);
        assertThat(centres.drift()).containsExactly(0, 0);
        assertThat(centres.lastBatchId()).isEqualTo(3);
        assertThat(centres.apply(3, new long[] {1, 0}, new double[][] {{1, 1}, {0, 0}}, 3000)).isFalse();
    }

    @Test
    void theSavedStateResumesAndStateLearntFromOtherBatchCentresKeepsOnlyItsBatchId() throws Exception {
        OnlineCentres centres = twoCentres();
        centres.apply(0, new long[] {2, 0}, new double[][] {{6, 2}, {0, 0}}, 1000);
        byte[] saved = centres.encode();

        OnlineCentres resumed = twoCentres();
        assertThat(resumed.restore(saved)).isTrue();
        assertThat(resumed.centres()).isDeepEqualTo(centres.centres());
        assertThat(resumed.weights()).containsExactly(centres.weights());
        assertThat(resumed.lastBatchId()).isZero();
        assertThat(resumed.series()).hasSize(1);

        OnlineCentres retrained = new OnlineCentres(new double[][] {{1, 1}, {9, 9}}, new double[] {3, 3}, 0.5);
        assertThat(retrained.restore(saved)).isFalse();
        assertThat(retrained.centres()).isDeepEqualTo(new double[][] {{1, 1}, {9, 9}});
        assertThat(retrained.lastBatchId()).isZero();
    }
}

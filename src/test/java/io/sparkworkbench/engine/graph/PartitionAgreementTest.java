package io.sparkworkbench.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PartitionAgreementTest {

    @Test
    void identicalPartitionsUnderOtherNamesAgreeCompletely() {
        long[] a = {1, 1, 2, 2, 3, 3};
        long[] b = {70, 70, 9, 9, -4, -4};
        assertThat(PartitionAgreement.normalizedMutualInformation(a, b)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void matchesScikitLearnOnAHandCheckedCase() {
        // MI / mean(H(a), H(b)) for these labels, worked out by hand (scikit-learn's arithmetic normalisation)
        long[] a = {0, 0, 0, 1, 1, 1};
        long[] b = {0, 0, 1, 1, 2, 2};
        assertThat(PartitionAgreement.normalizedMutualInformation(a, b)).isCloseTo(0.5158037429793889, within(1e-12));
    }

    @Test
    void independentLabelingsScoreNearZero() {
        SplittableRandom random = new SplittableRandom(7);
        long[] a = new long[100_000];
        long[] b = new long[100_000];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextInt(10);
            b[i] = random.nextInt(10);
        }
        assertThat(PartitionAgreement.normalizedMutualInformation(a, b)).isLessThan(0.001);
    }

    @Test
    void splittingEveryCommunityInTwoLowersTheScore() {
        long[] planted = new long[1_000];
        long[] split = new long[1_000];
        for (int i = 0; i < planted.length; i++) {
            planted[i] = i / 50;
            split[i] = i / 25;
        }
        double score = PartitionAgreement.normalizedMutualInformation(planted, split);
        assertThat(score).isLessThan(0.95).isGreaterThan(0.8);
    }

    @Test
    void labelingsOfDifferentLengthsAreRefused() {
        assertThatThrownBy(() -> PartitionAgreement.normalizedMutualInformation(new long[2], new long[3]))
                .hasMessageContaining("2 and 3");
    }
}

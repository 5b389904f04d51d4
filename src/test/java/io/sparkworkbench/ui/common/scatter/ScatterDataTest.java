package io.sparkworkbench.ui.common.scatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScatterDataTest {

    private static final float[] X = {0, 1, 2};
    private static final float[] Y = {0, 1, 4};
    private static final int[] GROUP = {0, 1, 1};
    private static final long[] IDS = {10, 11, 12};

    @Test
    void keepsPointsGroupsAndBoundsAndCopiesItsInput() {
        float[] x = X.clone();
        ScatterData data = ScatterData.builder(x, Y, GROUP, IDS).groups(new String[]{"New", "Loyal"}, new long[]{100, 300})
                .centroids(new float[]{0, 1.5f}, new float[]{0, 6}).axisLabels("recency", "spend")
                .note("Drawing a 3-point sample of 400 customers").build();
        x[0] = 99;

        assertThat(data.size()).isEqualTo(3);
        assertThat(data.x(0)).isZero();
        assertThat(data.id(2)).isEqualTo(12);
        assertThat(data.population()).isEqualTo(400);
        assertThat(data.bounds()).isEqualTo(new ScatterData.Bounds(0, 2, 0, 6));
        assertThat(data.note()).startsWith("Drawing a 3-point sample");
        assertThat(data.hasCentroids()).isTrue();
    }

    @Test
    void groupsCountingPointsCountsTheGivenPoints() {
        ScatterData data = ScatterData.builder(X, Y, GROUP, IDS).groupsCountingPoints("a", "b").build();

        assertThat(data.groupSize(0)).isEqualTo(1);
        assertThat(data.groupSize(1)).isEqualTo(2);
    }

    @Test
    void refusesArraysOfDifferentLengthsNamingThem() {
        assertThatThrownBy(() -> ScatterData.builder(X, new float[2], GROUP, IDS).groupsCountingPoints("a", "b").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y has 2 values but x has 3");
        assertThatThrownBy(() -> ScatterData.builder(X, Y, GROUP, new long[4]).groupsCountingPoints("a", "b").build())
                .hasMessageContaining("ids has 4 values but x has 3");
        assertThatThrownBy(() -> ScatterData.builder(X, Y, GROUP, IDS).groups(new String[]{"a", "b"}, new long[1]).build())
                .hasMessageContaining("groupSizes has 1 values but groupNames has 2");
    }

    @Test
    void refusesAGroupWithoutANameAndNamesThePoint() {
        assertThatThrownBy(() -> ScatterData.builder(X, Y, new int[]{0, 1, 2}, IDS).groupsCountingPoints("a", "b").build())
                .hasMessageContaining("point 2 (id 12) is in group 2 but there are 2 group names");
    }

    @Test
    void refusesNonFiniteCoordinatesNamingThePoint() {
        assertThatThrownBy(() -> ScatterData.builder(new float[]{0, Float.NaN, 2}, Y, GROUP, IDS)
                .groupsCountingPoints("a", "b").build())
                .hasMessageContaining("point 1 (id 11)").hasMessageContaining("not a finite number");
    }

    @Test
    void refusesCentroidsThatDoNotMatchTheGroups() {
        assertThatThrownBy(() -> ScatterData.builder(X, Y, GROUP, IDS).groupsCountingPoints("a", "b")
                .centroids(new float[]{1}, new float[]{1}).build())
                .hasMessageContaining("1 centroids for 2 groups");
        assertThatThrownBy(() -> ScatterData.builder(X, Y, GROUP, IDS).groupsCountingPoints("a", "b")
                .centroids(new float[]{1, 2}, new float[]{1}).build())
                .hasMessageContaining("cx has 2 values but cy has 1");
    }

    @Test
    void refusesNegativeGroupSizes() {
        assertThatThrownBy(() -> ScatterData.builder(X, Y, GROUP, IDS).groups(new String[]{"a", "b"}, new long[]{1, -1}).build())
                .hasMessageContaining("groupSizes[1] (b) is negative");
    }

    @Test
    void aSinglePointStillHasAnAreaToShow() {
        ScatterData one = ScatterData.builder(new float[]{3}, new float[]{4}, new int[]{0}, new long[]{1})
                .groupsCountingPoints("only").build();

        assertThat(one.bounds()).isEqualTo(new ScatterData.Bounds(2.5, 3.5, 3.5, 4.5));
        assertThat(ScatterData.empty().bounds()).isEqualTo(new ScatterData.Bounds(0, 1, 0, 1));
    }
}

package io.sparkworkbench.ui.common.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GraphDataTest {

    @Test
    void neighboursDegreesLookupAndSizeOrder() {
        GraphData g = TestGraphs.twoCliques(3);

        assertThat(g.neighboursOf(2)).containsExactlyInAnyOrder(0, 1, 3);
        assertThat(g.degree(3)).isEqualTo(3);
        assertThat(g.indexOf(104)).isEqualTo(4);
        assertThat(g.indexOf(5)).isEqualTo(-1);
        assertThat(g.largest(2)).containsExactly(2, 3);
        assertThat(g.groupSize(1)).isEqualTo(3);
    }

    @Test
    void anEdgeToAMissingNodeIsRefusedNamingTheEdge() {
        assertThatThrownBy(() -> GraphData.of(new long[]{1, 2}, new String[]{"a", "b"}, new float[]{1, 1},
                new int[]{0, 0}, new String[]{"g"}, new int[]{0, 1}, new int[]{1, 2}, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("edge 1 joins node indices 1 and 2, but there are 2 nodes (0..1)");
    }

    @Test
    void aDuplicateIdAndAnUnknownGroupAreRefused() {
        assertThatThrownBy(() -> GraphData.of(new long[]{1, 1}, new String[]{"a", "b"}, new float[]{1, 1},
                new int[]{0, 0}, new String[]{"g"}, new int[0], new int[0], null))
                .hasMessageContaining("node id 1 appears twice");
        assertThatThrownBy(() -> GraphData.of(new long[]{1, 2}, new String[]{"a", "b"}, new float[]{1, 1},
                new int[]{0, 3}, new String[]{"g"}, new int[0], new int[0], null))
                .hasMessageContaining("group[1] = 3 is not one of the 1 groups (node id 2)");
    }
}

package io.sparkworkbench.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.graph.EdgeArrays;
import io.sparkworkbench.engine.graph.NodeAttributes;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Colours stay few enough to tell apart: the largest groups get their own, the rest share "other". */
class GraphDrawingsTest {

    @Test
    void theLargestNineCommunitiesGetAColourAndTheRestShareOne() {
        int n = 30;
        long[] ids = new long[n];
        long[] community = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i + 1;
            // Community 100 holds 10 nodes, 101..120 one each.
            community[i] = i < 10 ? 100 : 101 + (i - 10);
        }
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0 / n);
        NodeAttributes nodes = new NodeAttributes(ids, new String[n], new int[n], rank, community, filled(n, -1), new int[n], List.of(),
                n, "Showing 30 nodes");
        EdgeArrays edges = new EdgeArrays(new int[0], new int[0], new double[0], false, 0, "");
        GraphDrawings.Built built = GraphDrawings.of(nodes, edges, SizeBy.PAGERANK, ColourBy.COMMUNITY);
        assertThat(built.data().groupCount()).isEqualTo(GraphDrawings.COLOURED_GROUPS + 1);
        assertThat(built.data().groupName(0)).isEqualTo("community 100");
        assertThat(built.data().groupSize(0)).isEqualTo(10);
        assertThat(built.data().groupName(GraphDrawings.COLOURED_GROUPS)).isEqualTo("other (12 groups)");
        assertThat(built.data().groupSize(GraphDrawings.COLOURED_GROUPS)).isEqualTo(12);
        assertThat(built.data().label(0)).isEqualTo("1");

        GraphDrawings.Built components = GraphDrawings.of(nodes, edges, SizeBy.PAGERANK, ColourBy.COMPONENT);
        assertThat(components.data().groupCount()).isEqualTo(1);
        assertThat(components.notes()).contains("run Components to colour by component");
    }

    private static long[] filled(int n, long v) {
        long[] out = new long[n];
        Arrays.fill(out, v);
        return out;
    }
}

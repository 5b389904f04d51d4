package io.sparkworkbench.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.chart.ChartTheme;
import io.sparkworkbench.engine.graph.EdgeArrays;
import io.sparkworkbench.engine.graph.NodeAttributes;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Colours are the palette's: more communities than colours share them, but linked communities never look alike. */
class GraphDrawingsTest {

    @Test
    void thePaletteHasAsManyColoursAsTheDrawingAssumes() {
        Set<java.awt.Color> colours = new HashSet<>();
        for (int i = 0; i < GraphDrawings.PALETTE_COLOURS; i++) {
            colours.add(ChartTheme.LIGHT.seriesColor(i));
        }
        assertThat(colours).hasSize(GraphDrawings.PALETTE_COLOURS);
        assertThat(ChartTheme.LIGHT.seriesColor(GraphDrawings.PALETTE_COLOURS)).isEqualTo(ChartTheme.LIGHT.seriesColor(0));
    }

    @Test
    void moreCommunitiesThanColoursShareThemButLinkedOnesDiffer() {
        int n = 30;
        long[] ids = new long[n];
        long[] community = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i + 1;
            // Community 100 holds 10 nodes, 101..120 one each.
            community[i] = i < 10 ? 100 : 101 + (i - 10);
        }
        // A path through every singleton community, tied to community 100 at both ends.
        int[] src = new int[21];
        int[] dst = new int[21];
        for (int e = 0; e < 19; e++) {
            src[e] = 10 + e;
            dst[e] = 11 + e;
        }
        src[19] = 0;
        dst[19] = 10;
        src[20] = 29;
        dst[20] = 1;
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0 / n);
        NodeAttributes nodes = new NodeAttributes(ids, new String[n], new int[n], rank, community, filled(n, -1), new int[n], List.of(),
                n, "Showing 30 nodes");
        double[] w = new double[src.length];
        Arrays.fill(w, 1);
        EdgeArrays edges = new EdgeArrays(src, dst, w, false, src.length, "");
        GraphDrawings.Built built = GraphDrawings.of(nodes, edges, SizeBy.PAGERANK, ColourBy.COMMUNITY);
        assertThat(built.data().groupCount()).isEqualTo(GraphDrawings.PALETTE_COLOURS);
        assertThat(built.data().groupName(built.data().group(0))).startsWith("community 100 and ");
        for (int e = 0; e < src.length; e++) {
            assertThat(built.data().group(src[e])).as("edge %d-%d", src[e], dst[e]).isNotEqualTo(built.data().group(dst[e]));
        }
        int total = 0;
        for (int g = 0; g < built.data().groupCount(); g++) {
            total += built.data().groupSize(g);
        }
        assertThat(total).isEqualTo(n);
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

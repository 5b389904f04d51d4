package io.sparkworkbench.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What the visualizer gets: node arrays within a budget, edges as indexes into them, neighbours, ego networks. */
class GraphServiceTest {

    /** A hub 1 with spokes 2..9, a tail 9 → 10 → 11, and 12 → 13 apart. */
    private static final long[][] EDGES = {{2, 1}, {3, 1}, {4, 1}, {5, 1}, {6, 1}, {7, 1}, {8, 1}, {1, 9}, {9, 10}, {10, 11}, {12, 13}};

    @Test
    void nodeArraysComeHighestRankFirstAndSayWhatTheBudgetCut() throws Exception {
        GraphTesting.edgeView("vis_graph", EDGES);
        GraphService service = GraphTesting.open("vis_graph", true);
        NodeAttributes unranked = service.nodeAttributes(NodeFilter.all().withBudget(3)).future().join();
        // Before PageRank: highest degree first (the hub, degree 8), rank NaN, community −1.
        assertThat(unranked.ids()[0]).isEqualTo(1);
        assertThat(unranked.degree()[0]).isEqualTo(8);
        assertThat(Double.isNaN(unranked.rank()[0])).isTrue();
        assertThat(unranked.community()[0]).isEqualTo(-1);
        assertThat(unranked.matching()).isEqualTo(13);
        assertThat(unranked.cut()).isTrue();
        assertThat(unranked.note()).contains("Showing the 3 highest degree of 13 nodes");

        GraphTesting.await(service.pageRank(PageRankRequest.iterations(20)));
        GraphTesting.await(service.communities(CommunityRequest.defaults()));
        GraphTesting.await(service.components());
        NodeAttributes all = service.nodeAttributes(NodeFilter.all()).future().join();
        assertThat(all.size()).isEqualTo(13);
        assertThat(all.cut()).isFalse();
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.rank()[i]).isLessThanOrEqualTo(all.rank()[i - 1]);
        }
        assertThat(Arrays.stream(all.rank()).sum()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        int twelve = indexOf(all.ids(), 12);
        assertThat(all.component()[twelve]).isEqualTo(12);
        assertThat(all.community()[twelve]).isNotNegative();
        assertThat(all.labels()[twelve]).isEqualTo("12");
        assertThat(all.segment()[twelve]).isEqualTo(-1);
        assertThat(all.segmentNames()).isEmpty();

        NodeAttributes top = service.nodeAttributes(NodeFilter.all().withTopN(4)).future().join();
        assertThat(top.ids()).containsExactly(Arrays.copyOf(all.ids(), 4));
        assertThat(top.matching()).isEqualTo(4);
        assertThat(service.topByRank(4).future().join()).extracting(RankedNode::id)
                .containsExactly(Arrays.stream(top.ids()).boxed().toArray(Long[]::new));
    }

    @Test
    void edgesAreIndexPairsIntoTheNodeArraysAndOnlyAmongThem() throws Exception {
        GraphTesting.edgeView("vis_edges", EDGES);
        GraphService service = GraphTesting.open("vis_edges", true);
        long[] ids = {9, 1, 10, 2};
        EdgeArrays e = service.edges(ids, 100).future().join();
        // Among {9, 1, 10, 2}: 2 → 1, 1 → 9, 9 → 10.
        assertThat(e.matching()).isEqualTo(3);
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (int i = 0; i < e.size(); i++) {
            pairs.add(ids[e.source()[i]] + ">" + ids[e.target()[i]]);
        }
        assertThat(pairs).containsExactlyInAnyOrder("2>1", "1>9", "9>10");
        EdgeArrays capped = service.edges(ids, 2).future().join();
        assertThat(capped.size()).isEqualTo(2);
        assertThat(capped.cut()).isTrue();
        assertThat(capped.note()).contains("2 heaviest of 3 edges");
    }

    @Test
    void neighboursAndEgoNetworksFollowTheEdges() throws Exception {
        GraphTesting.edgeView("vis_ego", EDGES);
        GraphService service = GraphTesting.open("vis_ego", true);
        Neighbours hub = service.neighbours(1, 3).future().join();
        assertThat(hub.node().degree()).isEqualTo(8);
        assertThat(hub.outTotal()).isEqualTo(1);
        assertThat(hub.outgoing()).extracting(GraphNode::id).containsExactly(9L);
        assertThat(hub.inTotal()).isEqualTo(7);
        assertThat(hub.incoming()).hasSize(3);
        // Two hops from 9, direction ignored: 9, its neighbours 1 and 10, then 2..8 (via 1) and 11 (via 10).
        NodeAttributes ego = service.nodeAttributes(NodeFilter.all().withEgo(9, 2)).future().join();
        assertThat(Arrays.stream(ego.ids()).sorted().toArray()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        NodeAttributes oneHop = service.nodeAttributes(NodeFilter.all().withEgo(9, 1).withMinDegree(2)).future().join();
        assertThat(Arrays.stream(oneHop.ids()).sorted().toArray()).containsExactly(1, 9, 10);
        assertThat(oneHop.note()).contains("within 1 hops of 9").contains("degree ≥ 2");
    }

    private static int indexOf(long[] ids, long id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        throw new AssertionError(id + " not among " + Arrays.toString(ids));
    }
}

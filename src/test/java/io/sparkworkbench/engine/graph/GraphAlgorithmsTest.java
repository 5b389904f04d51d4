package io.sparkworkbench.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each algorithm on a small graph whose answer is worked out by hand in the comments. */
class GraphAlgorithmsTest {

    @Test
    void connectedComponentsAreLabelledByTheirSmallestIdIgnoringDirection() throws Exception {
        // 1 → 2 ← 3 (one component although 1 and 3 cannot reach each other), 4 → 5, 6 → 7 → 8 → 6.
        GraphTesting.edgeView("cc_graph", new long[][] {{1, 2}, {3, 2}, {4, 5}, {6, 7}, {7, 8}, {8, 6}});
        GraphService service = GraphTesting.open("cc_graph", true);
        ComponentsResult r = GraphTesting.await(service.components());
        assertThat(GraphTesting.column(GraphViews.COMPONENTS, "component"))
                .isEqualTo(Map.of(1L, 1L, 2L, 1L, 3L, 1L, 4L, 4L, 5L, 4L, 6L, 6L, 7L, 6L, 8L, 6L));
        assertThat(r.components()).isEqualTo(3);
        assertThat(r.largest()).containsExactly(new ComponentSize(1, 3), new ComponentSize(6, 3), new ComponentSize(4, 2));
        assertThat(r.singletons()).isZero();
    }

    @Test
    void stronglyConnectedComponentsFollowEdgeDirection() throws Exception {
        // {1, 2, 3} is a cycle, {4, 5} a 2-cycle, 6 only receives: three SCCs although it is one weak component.
        GraphTesting.edgeView("scc_graph", new long[][] {{1, 2}, {2, 3}, {3, 1}, {3, 4}, {4, 5}, {5, 4}, {5, 6}});
        GraphService service = GraphTesting.open("scc_graph", true);
        ComponentsResult r = GraphTesting.await(service.strongComponents());
        assertThat(GraphTesting.column(GraphViews.STRONG_COMPONENTS, "component"))
                .isEqualTo(Map.of(1L, 1L, 2L, 1L, 3L, 1L, 4L, 4L, 5L, 4L, 6L, 6L));
        assertThat(r.strong()).isTrue();
        assertThat(r.components()).isEqualTo(3);
        assertThat(r.singletons()).isEqualTo(1);
    }

    @Test
    void trianglesAndClusteringCoefficientsAreExact() throws Exception {
        // K4 on 1..4 (given once each way for 1-2, to show direction is ignored), triangle 4-5-6, pendant 7 on 6.
        // Triangles: K4 has 4, plus 4-5-6 = 5. Node 4: 3 in K4 + 1 = 4, neighbours {1,2,3,5,6}: 2·4/(5·4) = 0.4.
        // Node 6: 1 triangle, neighbours {4,5,7}: 2/6. Node 7: one neighbour, no coefficient.
        GraphTesting.edgeView("tri_graph", new long[][] {{1, 2}, {2, 1}, {1, 3}, {1, 4}, {2, 3}, {4, 2}, {3, 4}, {4, 5}, {5, 6}, {6, 4},
            {6, 7}});
        GraphService service = GraphTesting.open("tri_graph", true);
        TriangleResult r = GraphTesting.await(service.triangles());
        assertThat(r.triangles()).isEqualTo(5);
        assertThat(GraphTesting.column(GraphViews.TRIANGLES, "triangles"))
                .isEqualTo(Map.of(1L, 3L, 2L, 3L, 3L, 3L, 4L, 4L, 5L, 1L, 6L, 1L, 7L, 0L));
        Map<Long, Object> clustering = GraphTesting.column(GraphViews.TRIANGLES, "clustering");
        assertThat((Double) clustering.get(1L)).isCloseTo(1.0, within(1e-12));
        assertThat((Double) clustering.get(4L)).isCloseTo(0.4, within(1e-12));
        assertThat((Double) clustering.get(6L)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(clustering.get(7L)).isNull();
        // Mean over the six nodes with two or more neighbours: (1 + 1 + 1 + 0.4 + 1 + 1/3) / 6.
        assertThat(r.averageClustering()).isCloseTo((4 + 0.4 + 1.0 / 3) / 6, within(1e-12));
        assertThat(r.topByTriangles().get(0).id()).isEqualTo(4);
    }

    @Test
    void labelPropagationSplitsTwoCliquesJoinedByOneEdge() throws Exception {
        java.util.List<long[]> edges = new java.util.ArrayList<>();
        for (long base : new long[] {0, 10}) {
            for (long a = 1; a <= 6; a++) {
                for (long b = a + 1; b <= 6; b++) {
                    edges.add(new long[] {base + a, base + b});
                }
            }
        }
        edges.add(new long[] {6, 11});
        GraphTesting.edgeView("lpa_cliques", edges.toArray(long[][]::new));
        GraphService service = GraphTesting.open("lpa_cliques", false);
        CommunityResult r = GraphTesting.await(service.communities(CommunityRequest.defaults()));
        Map<Long, Object> community = GraphTesting.column(GraphViews.COMMUNITIES, "community");
        assertThat(r.communities()).isEqualTo(2);
        for (long id = 1; id <= 6; id++) {
            assertThat(community.get(id)).as("node %d", id).isEqualTo(community.get(1L));
            assertThat(community.get(10 + id)).as("node %d", 10 + id).isEqualTo(community.get(11L));
        }
        assertThat(community.get(1L)).isNotEqualTo(community.get(11L));
        assertThat(r.hubs()).isZero();
    }

    @Test
    void theHubGuardSamplesAStarsCentreAndStillLabelsEveryLeaf() throws Exception {
        // A star of 300 leaves: with the cap at 50 the centre keeps about 50 edges; leaves cut off take its label.
        long[][] star = new long[300][];
        for (int i = 0; i < star.length; i++) {
            star[i] = new long[] {1, i + 2};
        }
        GraphTesting.edgeView("lpa_star", star);
        GraphService service = GraphTesting.open("lpa_star", false);
        CommunityResult r = GraphTesting.await(service.communities(new CommunityRequest(5, 50)));
        assertThat(r.hubs()).isEqualTo(1);
        assertThat(r.edges()).isEqualTo(300);
        assertThat(r.edgesUsed()).isBetween(20L, 90L);
        assertThat(GraphTesting.column(GraphViews.COMMUNITIES, "community")).hasSize(301);
    }

    @Test
    void shortestPathsCountHopsTowardTheLandmarkAlongEdgeDirection() throws Exception {
        // 5 → 1 → 2 → 3 → 4; 6 → 4; 7 only receives from 4, so it reaches no landmark.
        GraphTesting.edgeView("sp_graph", new long[][] {{5, 1}, {1, 2}, {2, 3}, {3, 4}, {6, 4}, {4, 7}});
        GraphService service = GraphTesting.open("sp_graph", true);
        PathsResult r = GraphTesting.await(service.shortestPaths(new long[] {4}));
        assertThat(GraphTesting.column(GraphViews.PATHS, "hops")).isEqualTo(Map.of(1L, 3, 2L, 2, 3L, 1, 4L, 0, 5L, 4, 6L, 1));
        LandmarkReach reach = r.landmarks().get(0);
        assertThat(reach.reachable()).isEqualTo(6);
        assertThat(reach.nodesAtHops()).containsExactly(1, 2, 1, 1, 1);
    }

    @Test
    void degreesCountInAndOutEdgesAndTheHistogramBinsThem() throws Exception {
        // 1 → 2, 1 → 3, 1 → 4, 2 → 3: node 1 out 3; node 3 in 2; node 2 in 1 out 1.
        GraphTesting.edgeView("deg_graph", new long[][] {{1, 2}, {1, 3}, {1, 4}, {2, 3}});
        GraphService service = GraphTesting.open("deg_graph", true);
        DegreeDistribution d = GraphTesting.await(service.degrees());
        assertThat(GraphTesting.column(GraphViews.DEGREES, "out_degree")).isEqualTo(Map.of(1L, 3L, 2L, 1L, 3L, 0L, 4L, 0L));
        assertThat(GraphTesting.column(GraphViews.DEGREES, "in_degree")).isEqualTo(Map.of(1L, 0L, 2L, 1L, 3L, 2L, 4L, 1L));
        // Total degrees 3, 2, 2, 1; in-degrees 0, 1, 2, 1; out-degrees 3, 1, 0, 0.
        assertThat(d.bins()).containsExactly(new DegreeBin(0, 1, 2, 0), new DegreeBin(1, 2, 1, 1), new DegreeBin(2, 1, 0, 2),
                new DegreeBin(3, 0, 1, 1));
        assertThat(d.maxDegree()).isEqualTo(3);
        assertThat(d.meanDegree()).isCloseTo(2.0, within(1e-12));
        assertThat(d.top().get(0).id()).isEqualTo(1);
    }
}

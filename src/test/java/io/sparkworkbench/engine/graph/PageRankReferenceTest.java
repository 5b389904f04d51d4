package io.sparkworkbench.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultUndirectedGraph;
import org.junit.jupiter.api.Test;

/** GraphX's PageRank, through the service, against JGraphT's on the same small graphs, ranks normalised to sum 1. */
class PageRankReferenceTest {

    private static final double DAMPING = 0.85;
    private static final int ITERATIONS = 25;

    @Test
    void directedGraphMatchesJGraphTWithin1e6() throws Exception {
        // A ring with chords: every node has an out-edge, so no rank leaks through a sink.
        long[][] edges = {{1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 1}, {1, 3}, {2, 5}, {4, 1}, {5, 3}, {6, 1}, {3, 6}, {6, 4}};
        compare("pr_directed", edges, true);
    }

    @Test
    void undirectedGraphMatchesJGraphTWithin1e6() throws Exception {
        long[][] edges = {{1, 2}, {2, 3}, {3, 1}, {3, 4}, {4, 5}, {5, 6}, {6, 4}, {6, 7}, {7, 8}};
        compare("pr_undirected", edges, false);
    }

    @Test
    void randomDirectedGraphMatchesJGraphTWithin1e6() throws Exception {
        Random random = new Random(7);
        int n = 40;
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.List<long[]> list = new java.util.ArrayList<>();
        for (int i = 1; i <= n; i++) {
            // Each node names 1..4 others: no sinks.
            int out = 1 + random.nextInt(4);
            while (out > 0) {
                long j = 1 + random.nextInt(n);
                if (j != i && seen.add(i + ">" + j)) {
                    list.add(new long[] {i, j});
                    out--;
                }
            }
        }
        compare("pr_random", list.toArray(long[][]::new), true);
    }

    @Test
    void personalisedRankPeaksAtItsSourceAndIsZeroWhereTheSourceCannotReach() throws Exception {
        // 1 -> 2 -> 3 -> 1 is reachable from 1; 4 <-> 5 is not.
        GraphTesting.edgeView("pr_personal", new long[][] {{1, 2}, {2, 3}, {3, 1}, {4, 5}, {5, 4}, {4, 1}});
        GraphService service = GraphTesting.open("pr_personal", true);
        PageRankResult r = GraphTesting.await(service.pageRank(PageRankRequest.iterations(30).personalisedFrom(1)));
        assertThat(r.top().get(0).id()).isEqualTo(1);
        Map<Long, Object> ranks = GraphTesting.column(GraphViews.PAGERANK, "rank");
        assertThat((Double) ranks.get(4L)).isZero();
        assertThat((Double) ranks.get(5L)).isZero();
        assertThat(ranks.values().stream().mapToDouble(v -> (Double) v).sum()).isCloseTo(1.0, within(1e-9));
    }

    private static void compare(String view, long[][] edges, boolean directed) throws Exception {
        GraphTesting.edgeView(view, edges);
        GraphService service = GraphTesting.open(view, directed);
        // The same number of power iterations from the same uniform start: on a graph without sinks GraphX's
        // iterate is JGraphT's times n at every step, so the normalised ranks agree to rounding.
        GraphTesting.await(service.pageRank(PageRankRequest.iterations(ITERATIONS)));
        Map<Long, Object> ours = GraphTesting.column(GraphViews.PAGERANK, "rank");

        Graph<Long, DefaultEdge> g = directed ? new DefaultDirectedGraph<>(DefaultEdge.class) : new DefaultUndirectedGraph<>(DefaultEdge.class);
        for (long[] e : edges) {
            g.addVertex(e[0]);
            g.addVertex(e[1]);
            g.addEdge(e[0], e[1]);
        }
        Map<Long, Double> reference = new PageRank<>(g, DAMPING, ITERATIONS, Double.MIN_VALUE).getScores();
        double total = reference.values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(ours.keySet()).containsExactlyInAnyOrderElementsOf(reference.keySet());
        for (Map.Entry<Long, Double> e : reference.entrySet()) {
            assertThat((Double) ours.get(e.getKey())).as("rank of node %d", e.getKey()).isCloseTo(e.getValue() / total, within(1e-6));
        }
    }
}

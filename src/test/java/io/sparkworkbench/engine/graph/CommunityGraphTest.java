package io.sparkworkbench.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Community super-nodes: members counted, links between communities summed, the budgets cut the smallest. */
class CommunityGraphTest {

    /** Two 4-cliques {1..4}, {5..8} and a triangle {9, 10, 11}; bridges 4-5, 3-6 and 8-9. */
    private static final long[][] EDGES = {
        {1, 2}, {1, 3}, {1, 4}, {2, 3}, {2, 4}, {3, 4},
        {5, 6}, {5, 7}, {5, 8}, {6, 7}, {6, 8}, {7, 8},
        {9, 10}, {9, 11}, {10, 11},
        {4, 5}, {3, 6}, {8, 9}};

    @Test
    void superNodesCountMembersAndSumTheLinksBetweenCommunities() throws Exception {
        GraphTesting.edgeView("super_graph", EDGES);
        GraphService service = GraphTesting.open("super_graph", false);
        assertThatThrownBy(() -> service.communityGraph(10, 10).future().join())
                .isInstanceOf(CompletionException.class).hasMessageContaining("Run label propagation first");

        GraphTesting.await(service.communities(CommunityRequest.defaults()));
        Map<Long, Object> community = GraphTesting.column(GraphViews.COMMUNITIES, "community");
        // What the super-graph must hold, worked out here from the communities label propagation found.
        Map<Long, Long> members = new TreeMap<>();
        community.values().forEach(c -> members.merge((Long) c, 1L, Long::sum));
        Map<String, Double> links = new HashMap<>();
        for (long[] e : EDGES) {
            long a = (Long) community.get(e[0]);
            long b = (Long) community.get(e[1]);
            if (a != b) {
                links.merge(Math.min(a, b) + "-" + Math.max(a, b), 1.0, Double::sum);
            }
        }

        CommunityGraph all = service.communityGraph(100, 100).future().join();
        assertThat(all.totalCommunities()).isEqualTo(members.size());
        assertThat(all.size()).isEqualTo(members.size());
        Map<Long, Long> shownMembers = new TreeMap<>();
        for (int i = 0; i < all.size(); i++) {
            shownMembers.put(all.communities()[i], all.members()[i]);
            if (i > 0) {
                assertThat(all.members()[i]).isLessThanOrEqualTo(all.members()[i - 1]);
            }
        }
        assertThat(shownMembers).isEqualTo(members);
        Map<String, Double> shownLinks = new HashMap<>();
        for (int e = 0; e < all.source().length; e++) {
            long a = all.communities()[all.source()[e]];
            long b = all.communities()[all.target()[e]];
            shownLinks.put(Math.min(a, b) + "-" + Math.max(a, b), all.weight()[e]);
        }
        assertThat(shownLinks).isEqualTo(links);
        assertThat(all.totalEdges()).isEqualTo(links.size());
        assertThat(all.note()).contains("11 nodes as " + members.size() + " communities");

        CommunityGraph one = service.communityGraph(1, 100).future().join();
        assertThat(one.size()).isEqualTo(1);
        assertThat(one.members()[0]).isEqualTo(members.values().stream().mapToLong(Long::longValue).max().orElseThrow());
        assertThat(one.source()).isEmpty();
        assertThat(one.note()).contains("the largest 1 of " + members.size() + " communities");
        assertThat(one.labels()[0]).contains("+" + (one.members()[0] - 1));
    }
}

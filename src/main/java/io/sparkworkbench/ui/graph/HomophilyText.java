package io.sparkworkbench.ui.graph;

import io.sparkworkbench.engine.graph.GraphKind;
import io.sparkworkbench.engine.graph.GraphSummary;
import io.sparkworkbench.engine.graph.Homophily;
import java.util.Locale;

/** The line beside "colour by" saying, in words, how alike in segment friends are: the number behind the segment colours. */
final class HomophilyText {

    static final String NO_SEGMENTS = "No customer segments yet: train a model on the Segments tab, then come back here";

    private HomophilyText() {
    }

    /** "Friends share a segment 64% of the time; two customers picked at random, 22% (2.9×)"; empty with no graph open. */
    static String of(GraphSummary graph) {
        if (graph == null) {
            return "";
        }
        if (graph.source().kind() != GraphKind.SOCIAL) {
            return "This graph has no customer segments: only the social network's nodes are customers";
        }
        if (!graph.hasSegments()) {
            return NO_SEGMENTS;
        }
        if (graph.homophily().isEmpty()) {
            return "No edge joins two customers who both have a segment: customer_segments covers too few of them to compare";
        }
        Homophily h = graph.homophily().get();
        return String.format(Locale.US, "Friends share a segment %.0f%% of the time; two customers picked at random, %.0f%% (%.1f×)",
                100 * h.sameSegmentShare(), 100 * h.randomPairShare(), h.ratioVsRandom());
    }
}

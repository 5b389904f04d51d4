package io.sparkworkbench.ui.graph;

import io.sparkworkbench.engine.graph.CommunityGraph;
import io.sparkworkbench.engine.graph.EdgeArrays;
import io.sparkworkbench.engine.graph.NodeAttributes;
import io.sparkworkbench.ui.common.graph.GraphData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the engine's node and edge arrays into the view's {@link GraphData}: size by PageRank or degree, colour by
 * community, component or segment. The palette has {@value #PALETTE_COLOURS} colours: groups beyond that share them, linked
 * groups as rarely as can be. Pure arrays, run off the JavaFX thread.
 */
final class GraphDrawings {

    /** The chart theme's series colours, which the graph view cycles through: more groups would repeat them. */
    static final int PALETTE_COLOURS = 8;
    static final String NO_SEGMENTS = "No customer segments yet: train a segmentation model (Segments tab), then come back to this tab";

    /** The arrays and what the note should add about size and colour. */
    record Built(GraphData data, List<String> notes) {
    }

    private GraphDrawings() {
    }

    static Built of(NodeAttributes nodes, EdgeArrays edges, SizeBy sizeBy, ColourBy colourBy) {
        int n = nodes.size();
        List<String> notes = new ArrayList<>();
        float[] size = new float[n];
        boolean ranked = n > 0 && !Double.isNaN(nodes.rank()[0]);
        if (sizeBy == SizeBy.PAGERANK && !ranked) {
            notes.add("sized by degree (run PageRank to size by rank)");
        } else {
            notes.add("sized by " + (sizeBy == SizeBy.PAGERANK ? "PageRank" : "degree"));
        }
        for (int i = 0; i < n; i++) {
            size[i] = sizeBy == SizeBy.PAGERANK && ranked ? (float) Math.max(0, nodes.rank()[i]) : nodes.degree()[i];
        }
        long[] value = new long[n];
        String missingNote = null;
        switch (colourBy) {
            case COMMUNITY -> {
                value = nodes.community().clone();
                missingNote = "run Communities to colour by community";
            }
            case COMPONENT -> {
                value = nodes.component().clone();
                missingNote = "run Components to colour by component";
            }
            case SEGMENT -> {
                for (int i = 0; i < n; i++) {
                    value[i] = nodes.segment()[i];
                }
                missingNote = NO_SEGMENTS;
            }
            case NONE -> Arrays.fill(value, 0);
        }
        boolean any = colourBy == ColourBy.NONE || Arrays.stream(value).anyMatch(v -> v >= 0);
        if (!any) {
            notes.add(missingNote);
            Arrays.fill(value, 0);
        } else if (colourBy != ColourBy.NONE) {
            notes.add("coloured by " + colourBy.toString().toLowerCase(java.util.Locale.ROOT));
        }
        Groups groups = groups(value, edges.source(), edges.target(), v -> !any || colourBy == ColourBy.NONE ? "all nodes" : name(colourBy, v, nodes.segmentNames()));
        float[] weight = new float[edges.size()];
        for (int e = 0; e < weight.length; e++) {
            weight[e] = (float) Math.max(0, edges.weight()[e]);
        }
        GraphData data = GraphData.of(nodes.ids(), labels(nodes.labels(), nodes.ids()), size, groups.index(), groups.names(),
                edges.source(), edges.target(), weight);
        return new Built(data, notes);
    }

    static Built of(CommunityGraph graph) {
        int n = graph.size();
        float[] size = new float[n];
        long[] value = new long[n];
        for (int i = 0; i < n; i++) {
            size[i] = graph.members()[i];
            value[i] = graph.communities()[i];
        }
        Groups groups = groups(value, graph.source(), graph.target(), v -> "community " + v);
        float[] weight = new float[graph.weight().length];
        for (int e = 0; e < weight.length; e++) {
            weight[e] = (float) graph.weight()[e];
        }
        GraphData data = GraphData.of(graph.communities(), graph.labels(), size, groups.index(), groups.names(), graph.source(),
                graph.target(), weight);
        return new Built(data, List.of("sized by members, coloured by community"));
    }

    private record Groups(int[] index, String[] names) {
    }

    /**
     * One colour group per value when they fit the palette; otherwise the values share the palette's colours, each
     * taking the colour least linked to the values already coloured (the largest first), so neighbouring communities
     * rarely look alike, and each colour is named after its largest value "and k more".
     */
    private static Groups groups(long[] value, int[] src, int[] dst, java.util.function.LongFunction<String> name) {
        Map<Long, Integer> counts = new HashMap<>();
        for (long v : value) {
            counts.merge(v, 1, Integer::sum);
        }
        List<Long> order = new ArrayList<>(counts.keySet());
        // Largest first; a missing value (−1) never comes before a real group.
        order.sort((a, b) -> (a < 0) != (b < 0) ? Boolean.compare(a < 0, b < 0)
                : !counts.get(a).equals(counts.get(b)) ? Integer.compare(counts.get(b), counts.get(a)) : Long.compare(a, b));
        Map<Long, Integer> colourOf = new HashMap<>();
        if (order.size() <= PALETTE_COLOURS) {
            for (int g = 0; g < order.size(); g++) {
                colourOf.put(order.get(g), g);
            }
        } else {
            colourOf = shareColours(order, value, src, dst);
        }
        int colours = Math.min(order.size(), PALETTE_COLOURS);
        String[] names = new String[colours];
        int[] members = new int[colours];
        for (Long v : order) {
            int c = colourOf.get(v);
            if (names[c] == null) {
                names[c] = name.apply(v);
            }
            members[c]++;
        }
        for (int c = 0; c < colours; c++) {
            if (members[c] > 1) {
                names[c] = names[c] + String.format(java.util.Locale.US, " and %,d more", members[c] - 1);
            }
        }
        int[] out = new int[value.length];
        for (int i = 0; i < value.length; i++) {
            out[i] = colourOf.get(value[i]);
        }
        return new Groups(out, names);
    }

    private static Map<Long, Integer> shareColours(List<Long> order, long[] value, int[] src, int[] dst) {
        Map<Long, Integer> rank = new HashMap<>();
        for (int k = 0; k < order.size(); k++) {
            rank.put(order.get(k), k);
        }
        // links[a] maps group b to the number of drawn edges between groups a and b.
        List<Map<Integer, Integer>> links = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            links.add(new HashMap<>());
        }
        for (int e = 0; e < src.length; e++) {
            int a = rank.get(value[src[e]]);
            int b = rank.get(value[dst[e]]);
            if (a != b) {
                links.get(a).merge(b, 1, Integer::sum);
                links.get(b).merge(a, 1, Integer::sum);
            }
        }
        int[] colour = new int[order.size()];
        long[] used = new long[PALETTE_COLOURS];
        Map<Long, Integer> out = new HashMap<>();
        for (int k = 0; k < order.size(); k++) {
            long[] clash = new long[PALETTE_COLOURS];
            for (Map.Entry<Integer, Integer> l : links.get(k).entrySet()) {
                if (l.getKey() < k) {
                    clash[colour[l.getKey()]] += l.getValue();
                }
            }
            int best = 0;
            for (int c = 1; c < PALETTE_COLOURS; c++) {
                // Fewest links to groups of that colour, then the colour holding the fewest nodes so far.
                if (clash[c] < clash[best] || (clash[c] == clash[best] && used[c] < used[best])) {
                    best = c;
                }
            }
            colour[k] = best;
            used[best] += 1;
            out.put(order.get(k), best);
        }
        return out;
    }

    private static String name(ColourBy by, long v, List<String> segmentNames) {
        if (v < 0) {
            return by == ColourBy.SEGMENT ? "no segment" : "not computed";
        }
        return switch (by) {
            case COMMUNITY -> "community " + v;
            case COMPONENT -> "component " + v;
            case SEGMENT -> v < segmentNames.size() && !segmentNames.get((int) v).isBlank() ? segmentNames.get((int) v) : "segment " + v;
            case NONE -> "all nodes";
        };
    }

    private static String[] labels(String[] labels, long[] ids) {
        String[] out = new String[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = labels[i] == null ? Long.toString(ids[i]) : labels[i];
        }
        return out;
    }
}

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
 * community, component or segment. Colours are few enough to tell apart: the largest {@value #COLOURED_GROUPS}
 * groups among the drawn nodes get their own, the rest share "other". Pure arrays, run off the JavaFX thread.
 */
final class GraphDrawings {

    static final int COLOURED_GROUPS = 9;
    static final String NO_SEGMENTS = "No customer segments yet: train a segmentation model (Segments tab), then open the graph again";

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
        Groups groups = groups(value, v -> !any || colourBy == ColourBy.NONE ? "all nodes" : name(colourBy, v, nodes.segmentNames()));
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
        Groups groups = groups(value, v -> "community " + v);
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

    private static Groups groups(long[] value, java.util.function.LongFunction<String> name) {
        Map<Long, Integer> counts = new HashMap<>();
        for (long v : value) {
            counts.merge(v, 1, Integer::sum);
        }
        List<Long> order = new ArrayList<>(counts.keySet());
        // Largest first; a missing value (−1) never takes a colour of its own before a real group does.
        order.sort((a, b) -> (a < 0) != (b < 0) ? Boolean.compare(a < 0, b < 0)
                : !counts.get(a).equals(counts.get(b)) ? Integer.compare(counts.get(b), counts.get(a)) : Long.compare(a, b));
        int coloured = order.size() <= COLOURED_GROUPS + 1 ? order.size() : COLOURED_GROUPS;
        Map<Long, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int g = 0; g < coloured; g++) {
            index.put(order.get(g), g);
            names.add(name.apply(order.get(g)));
        }
        if (coloured < order.size()) {
            names.add(String.format(java.util.Locale.US, "other (%,d groups)", order.size() - coloured));
        }
        int[] out = new int[value.length];
        for (int i = 0; i < value.length; i++) {
            out[i] = index.getOrDefault(value[i], coloured);
        }
        return new Groups(out, names.toArray(String[]::new));
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

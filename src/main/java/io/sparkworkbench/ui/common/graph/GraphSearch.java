package io.sparkworkbench.ui.common.graph;

import java.util.Locale;

/** Finds a node by what a user types: its id, its exact label (any case), or the largest node whose label contains it. */
final class GraphSearch {

    private GraphSearch() {
    }

    static int find(GraphData data, String text) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            return -1;
        }
        try {
            int byId = data.indexOf(Long.parseLong(query));
            if (byId >= 0) {
                return byId;
            }
        } catch (NumberFormatException notAnId) {
            // a label, then
        }
        String lower = query.toLowerCase(Locale.ROOT);
        int contains = -1;
        for (int i : data.bySizeDescending) {
            String label = data.label(i);
            if (label.equalsIgnoreCase(query)) {
                return i;
            }
            if (contains < 0 && label.toLowerCase(Locale.ROOT).contains(lower)) {
                contains = i;
            }
        }
        return contains;
    }
}

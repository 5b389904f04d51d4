package io.sparkworkbench.ui.graph;

import io.sparkworkbench.engine.graph.GraphNode;
import io.sparkworkbench.engine.graph.GraphViews;
import io.sparkworkbench.engine.graph.Neighbours;
import io.sparkworkbench.engine.graph.NodeAttributes;
import io.sparkworkbench.ui.common.BackgroundAction;
import io.sparkworkbench.ui.common.TaskRunner;
import io.sparkworkbench.ui.common.graph.GraphData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected node's side panel: its metrics (label, id, degree, PageRank, community, component, segment, and
 * triangles with the clustering coefficient once counted), its neighbours from the whole graph (the drawing may
 * show only some), and search by id or name over the whole graph.
 */
public final class NodeViewModel {

    public static final int NEIGHBOURS = 50;
    public static final int SEARCH_RESULTS = 20;

    private final GraphBackend backend;
    private final BackgroundAction lookups;
    private final BackgroundAction searching;
    private final BooleanSupplier trianglesComputed;
    private final ObservableList<NodeMetric> metrics = FXCollections.observableArrayList();
    private final ObservableList<String> neighbours = FXCollections.observableArrayList();
    private final ObservableList<GraphNode> searchResults = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Long> selected = new ReadOnlyObjectWrapper<>();
    private boolean directed;

    public NodeViewModel(GraphBackend backend, TaskRunner runner, BooleanSupplier trianglesComputed) {
        this.backend = backend;
        this.lookups = new BackgroundAction(runner);
        this.searching = new BackgroundAction(runner);
        this.trianglesComputed = trianglesComputed;
        lookups.setStatus("Click a node to see its metrics and neighbours");
    }

    /** Whether the open graph is directed: its neighbours are then listed as → (it names them) and ← (they name it). */
    public void setDirected(boolean directed) {
        this.directed = directed;
    }

    /** A node of {@code drawing} was clicked (−1: the selection was cleared). */
    public void select(Drawing drawing, int node) {
        metrics.clear();
        neighbours.clear();
        if (drawing == null || node < 0 || node >= drawing.data().nodeCount()) {
            selected.set(null);
            lookups.setStatus("Click a node to see its metrics and neighbours");
            return;
        }
        GraphData data = drawing.data();
        long id = data.id(node);
        metrics.add(new NodeMetric("Name", data.label(node)));
        if (drawing.superNodes()) {
            selected.set(null);
            metrics.add(new NodeMetric("Community", Long.toString(id)));
            metrics.add(new NodeMetric("Members", String.format(Locale.US, "%,.0f", data.size(node))));
            metrics.add(new NodeMetric("Linked communities drawn", Integer.toString(data.degree(node))));
            lookups.setStatus("A community super-node: filter by community " + id + " to see its members");
            return;
        }
        selected.set(id);
        NodeAttributes a = drawing.nodes();
        int i = indexOf(a.ids(), id);
        metrics.add(new NodeMetric("Id", Long.toString(id)));
        metrics.add(new NodeMetric("Degree", String.format(Locale.US, "%,d (%,d drawn)", a.degree()[i], data.degree(node))));
        metrics.add(new NodeMetric("PageRank", Double.isNaN(a.rank()[i]) ? "not run" : String.format(Locale.US, "%.6f", a.rank()[i])));
        metrics.add(new NodeMetric("Community", a.community()[i] < 0 ? "not run" : Long.toString(a.community()[i])));
        metrics.add(new NodeMetric("Component", a.component()[i] < 0 ? "not run" : Long.toString(a.component()[i])));
        int s = a.segment()[i];
        metrics.add(new NodeMetric("Segment", s < 0 ? (a.segmentNames().isEmpty() ? "none (no segmentation model)" : "none")
                : s < a.segmentNames().size() ? a.segmentNames().get(s) + " (" + s + ")" : Integer.toString(s)));
        if (!trianglesComputed.getAsBoolean()) {
            metrics.add(new NodeMetric("Triangles", "not counted"));
        }
        lookups.start(backend.neighbours(id, NEIGHBOURS), "Reading the neighbours of " + data.label(node) + "…",
                "Cannot read the neighbours of " + id, n -> {
                    neighbours.setAll(lines(n, directed));
                    if (trianglesComputed.getAsBoolean()) {
                        triangles(id);
                    }
                });
    }

    private void triangles(long id) {
        String sql = "SELECT triangles, clustering FROM " + GraphViews.TRIANGLES + " WHERE id = " + id;
        lookups.start(backend.rows(sql, 1), "Reading the triangles of " + id + "…", "Cannot read the triangles of " + id, r -> {
            if (r.rows().isEmpty()) {
                metrics.add(new NodeMetric("Triangles", "none"));
                return;
            }
            Object t = r.rows().get(0).get(0);
            Object c = r.rows().get(0).get(1);
            metrics.add(new NodeMetric("Triangles", String.valueOf(t)));
            metrics.add(new NodeMetric("Clustering", c == null ? "n/a (fewer than 2 neighbours)"
                    : String.format(Locale.US, "%.4f", ((Number) c).doubleValue())));
        });
    }

    static List<String> lines(Neighbours n, boolean directed) {
        List<String> out = new ArrayList<>();
        String outArrow = directed ? "→ " : "";
        for (GraphNode g : n.outgoing()) {
            out.add(outArrow + line(g));
        }
        if (n.outTotal() > n.outgoing().size()) {
            out.add(String.format(Locale.US, "%s… and %,d more", outArrow, n.outTotal() - n.outgoing().size()));
        }
        for (GraphNode g : n.incoming()) {
            out.add("← " + line(g));
        }
        if (n.inTotal() > n.incoming().size()) {
            out.add(String.format(Locale.US, "← … and %,d more", n.inTotal() - n.incoming().size()));
        }
        if (out.isEmpty()) {
            out.add("no neighbours");
        }
        return out;
    }

    private static String line(GraphNode g) {
        return String.format(Locale.US, "%s (id %d, degree %,d%s)", g.label(), g.id(), g.degree(),
                g.weight() == 1 ? "" : String.format(Locale.US, ", weight %.0f", g.weight()));
    }

    /** Searches the whole graph (the drawing may hold only some of it) by id or name. */
    public void search(String text) {
        searchResults.clear();
        if (text == null || text.isBlank()) {
            searching.setStatus("");
            return;
        }
        searching.start(backend.search(text.trim(), SEARCH_RESULTS), "Searching the graph for " + text.trim() + "…",
                "Cannot search the graph", hits -> {
                    searchResults.setAll(hits);
                    searching.setStatus(hits.isEmpty() ? "No node has the id or a name containing \"" + text.trim() + "\""
                            : hits.size() + " found in the whole graph: pick one to draw its neighbourhood");
                });
    }

    public void clear() {
        select(null, -1);
        searchResults.clear();
        searching.setStatus("");
    }

    private static int indexOf(long[] ids, long id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        throw new IllegalStateException("node " + id + " is drawn but not among the drawing's attributes");
    }

    public ObservableList<NodeMetric> metrics() {
        return metrics;
    }

    public ObservableList<String> neighbours() {
        return neighbours;
    }

    public ObservableList<GraphNode> searchResults() {
        return searchResults;
    }

    /** The selected node's id (null when none, or a super-node). */
    public ReadOnlyObjectProperty<Long> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public BackgroundAction lookups() {
        return lookups;
    }

    public BackgroundAction searching() {
        return searching;
    }
}

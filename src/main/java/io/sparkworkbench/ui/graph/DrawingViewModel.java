package io.sparkworkbench.ui.graph;

import io.sparkworkbench.engine.graph.EdgeArrays;
import io.sparkworkbench.engine.graph.GraphSummary;
import io.sparkworkbench.engine.graph.NodeAttributes;
import io.sparkworkbench.engine.graph.NodeFilter;
import io.sparkworkbench.ui.common.BackgroundAction;
import io.sparkworkbench.ui.common.TaskRunner;
import io.sparkworkbench.ui.common.graph.LayoutPositions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the graph view draws: the open graph's nodes through the filters (top-N by rank, one community, the k-hop ego
 * network of a node, a minimum degree) within the drawing budget, or the whole graph as community super-nodes; sized
 * and coloured as chosen; with the positions saved for them. Fetching happens in Spark, building the arrays and
 * reading or writing the layout file off the JavaFX thread.
 */
public final class DrawingViewModel {

    /** The drawing budget: what the view draws fluidly (issue 13: 5,000 nodes / 25,000 edges at 60 fps). */
    public static final int NODE_BUDGET = 5_000;
    public static final int EDGE_BUDGET = 25_000;

    private final GraphBackend backend;
    private final TaskRunner runner;
    private final BackgroundAction action;
    private final LayoutStore layouts;
    private final ObjectProperty<SizeBy> sizeBy = new SimpleObjectProperty<>(SizeBy.PAGERANK);
    private final ObjectProperty<ColourBy> colourBy = new SimpleObjectProperty<>(ColourBy.COMMUNITY);
    private final IntegerProperty topN = new SimpleIntegerProperty(0);
    private final StringProperty community = new SimpleStringProperty("");
    private final IntegerProperty minDegree = new SimpleIntegerProperty(0);
    private final IntegerProperty egoHops = new SimpleIntegerProperty(1);
    private final ObjectProperty<Long> egoCenter = new SimpleObjectProperty<>();
    private final BooleanProperty superNodes = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Drawing> drawing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper homophily = new ReadOnlyStringWrapper("");
    private GraphSummary graph;
    private String graphName = "graph";
    private String dataset = "session";
    private NodeAttributes lastNodes;
    private EdgeArrays lastEdges;
    private String lastConditions = "";
    private boolean quiet;

    public DrawingViewModel(GraphBackend backend, TaskRunner runner, Path dataFolder) {
        this.backend = backend;
        this.runner = runner;
        this.action = new BackgroundAction(runner);
        this.layouts = new LayoutStore(dataFolder);
        sizeBy.addListener((obs, old, now) -> restyle());
        colourBy.addListener((obs, old, now) -> restyle());
    }

    /** The data set's fingerprint: layouts of one data set are never applied to another's graph. */
    public void setDataset(String fingerprint) {
        dataset = fingerprint == null || fingerprint.isBlank() ? "session" : fingerprint;
    }

    /** A graph was opened: filters cleared, coloured by segment when it has segments, drawn. */
    public void graphOpened(GraphSummary summary, String layoutName) {
        graph = summary;
        graphName = layoutName;
        lastNodes = null;
        lastEdges = null;
        quiet = true;
        topN.set(0);
        community.set("");
        minDegree.set(0);
        egoCenter.set(null);
        superNodes.set(false);
        colourBy.set(summary.hasSegments() ? ColourBy.SEGMENT : ColourBy.COMMUNITY);
        quiet = false;
        homophily.set(HomophilyText.of(summary));
        fetch(false);
    }

    /**
     * Attaches customer_segments as registered now (the Segments tab trained or renamed since the graph opened) and draws
     * the same nodes again in place, coloured by segment if the graph had none before; {@code onAttached} gets the new summary.
     */
    public void refreshSegments(java.util.function.Consumer<GraphSummary> onAttached) {
        if (graph == null) {
            return;
        }
        GraphSummary before = graph;
        action.start(backend.refreshSegments(), "Attaching the new customer segments…", "Cannot attach the customer segments", s -> {
            graph = s;
            homophily.set(HomophilyText.of(s));
            onAttached.accept(s);
            if (s.hasSegments() && !before.hasSegments()) {
                quiet = true;
                colourBy.set(ColourBy.SEGMENT);
                quiet = false;
            }
            fetch(drawing.get() != null && !superNodes.get());
        });
    }

    /** The graph is gone (another session, or closed). */
    public void graphClosed() {
        graph = null;
        lastNodes = null;
        lastEdges = null;
        drawing.set(null);
        homophily.set("");
        action.setStatus("");
    }

    /** An algorithm finished: draw again with its results, sized or coloured by them when given. */
    public void resultArrived(SizeBy size, ColourBy colour) {
        quiet = true;
        if (size != null) {
            sizeBy.set(size);
        }
        if (colour != null) {
            colourBy.set(colour);
        }
        quiet = false;
        if (graph != null) {
            fetch(true);
        }
    }

    /** Applies the filter fields (a bad value is said in the status, nothing is fetched). */
    public void applyFilters() {
        if (graph == null) {
            action.setStatus("Open a graph first");
            return;
        }
        fetch(drawing.get() != null && !superNodes.get());
    }

    /** The k-hop ego network of a node (k from the hops field); "Open neighbours" is k = 1. */
    public void showEgo(long node, int hops) {
        quiet = true;
        egoHops.set(hops);
        egoCenter.set(node);
        superNodes.set(false);
        quiet = false;
        applyFilters();
    }

    public void clearFilters() {
        topN.set(0);
        community.set("");
        minDegree.set(0);
        egoCenter.set(null);
        superNodes.set(false);
        applyFilters();
    }

    /** The filter the fields make. @throws IllegalArgumentException naming the field at fault */
    NodeFilter filter() {
        NodeFilter f = NodeFilter.all().withBudget(NODE_BUDGET);
        if (topN.get() < 0) {
            throw new IllegalArgumentException("Top-N cannot be negative: " + topN.get());
        }
        if (topN.get() > 0) {
            f = f.withTopN(topN.get());
        }
        String c = community.get() == null ? "" : community.get().trim();
        if (!c.isEmpty()) {
            try {
                f = f.withCommunity(Long.parseLong(c));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The community must be a community id (a whole number, see graph_communities), not \""
                        + c + "\"");
            }
        }
        if (minDegree.get() > 0) {
            f = f.withMinDegree(minDegree.get());
        }
        if (egoCenter.get() != null) {
            f = f.withEgo(egoCenter.get(), egoHops.get());
        }
        return f;
    }

    private void fetch(boolean keepShown) {
        if (superNodes.get()) {
            action.start(backend.communityGraph(NODE_BUDGET, EDGE_BUDGET), "Collapsing the graph onto its communities…",
                    "Cannot draw the communities", g -> build("Drawing " + g.size() + " communities…", keepShown, graphName + "-communities",
                            () -> new Result(GraphDrawings.of(g), null, "Showing " + g.note())));
            return;
        }
        NodeFilter f;
        try {
            f = filter();
        } catch (IllegalArgumentException e) {
            action.setStatus(e.getMessage());
            return;
        }
        String conditions = describe(f);
        action.start(backend.nodes(f), "Choosing the nodes to draw…", "Cannot choose the nodes to draw", nodes -> {
            if (nodes.size() == 0) {
                lastNodes = nodes;
                drawing.set(null);
                action.setStatus(conditions.isEmpty() ? "The graph has no nodes to draw" : "No node passes these filters (" + conditions + ")");
                return;
            }
            action.start(backend.edges(nodes.ids(), EDGE_BUDGET), "Reading the edges among " + String.format(Locale.US, "%,d", nodes.size())
                    + " nodes…", "Cannot read the edges to draw", edges -> {
                        lastNodes = nodes;
                        lastEdges = edges;
                        lastConditions = conditions;
                        build("Drawing…", keepShown, graphName, () -> styled(nodes, edges, conditions));
                    });
        });
    }

    private void restyle() {
        if (quiet || lastNodes == null || lastEdges == null || superNodes.get() || drawing.get() == null) {
            return;
        }
        NodeAttributes nodes = lastNodes;
        EdgeArrays edges = lastEdges;
        String conditions = lastConditions;
        build("Drawing…", true, graphName, () -> styled(nodes, edges, conditions));
    }

    private Result styled(NodeAttributes nodes, EdgeArrays edges, String conditions) {
        GraphDrawings.Built built = GraphDrawings.of(nodes, edges, sizeBy.get(), colourBy.get());
        return new Result(built, nodes, shown(nodes, edges, conditions, graph == null ? nodes.matching() : graph.nodes()));
    }

    /** "Showing 5,000 of 48,210 nodes: top by PageRank, degree ≥ 3; the 25,000 heaviest of 91,004 edges among them". */
    static String shown(NodeAttributes nodes, EdgeArrays edges, String conditions, long graphNodes) {
        boolean ranked = nodes.size() > 0 && !Double.isNaN(nodes.rank()[0]);
        String what;
        if (nodes.cut()) {
            what = String.format(Locale.US, "Showing %,d of %,d nodes: top by %s%s", nodes.size(), nodes.matching(), ranked ? "PageRank" : "degree",
                    conditions.isEmpty() ? "" : ", " + conditions);
        } else if (conditions.isEmpty() && nodes.size() == graphNodes) {
            what = String.format(Locale.US, "Showing all %,d nodes", nodes.size());
        } else {
            what = String.format(Locale.US, "Showing %,d of %,d nodes%s", nodes.size(), graphNodes, conditions.isEmpty() ? "" : ": " + conditions);
        }
        String edgeNote = edges.cut() ? String.format(Locale.US, "the %,d heaviest of %,d edges among them", edges.size(), edges.matching())
                : String.format(Locale.US, "%,d edges", edges.size());
        return what + "; " + edgeNote;
    }

    private static String describe(NodeFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.topN() > 0) {
            parts.add("top " + f.topN() + " by rank");
        }
        f.community().ifPresent(c -> parts.add("community " + c));
        f.egoCenter().ifPresent(c -> parts.add("within " + f.egoHops() + (f.egoHops() == 1 ? " hop" : " hops") + " of node " + c));
        if (f.minDegree() > 0) {
            parts.add("degree ≥ " + f.minDegree());
        }
        return String.join(", ", parts);
    }

    private record Result(GraphDrawings.Built built, NodeAttributes nodes, String what) {
    }

    /** Builds the arrays and reads the saved positions on a file thread, then shows them. */
    private void build(String working, boolean keepShown, String layoutName, java.util.function.Supplier<Result> make) {
        String set = dataset;
        action.start(backend.fileWork("Build the graph drawing", () -> {
            Result r = make.get();
            LayoutPositions saved = layouts.read(set, layoutName).orElse(null);
            return new Drawing(r.built().data(), r.nodes(), saved, keepShown, r.what(), String.join(", ", r.built().notes()), r.nodes() == null,
                    layoutName);
        }), working, "Cannot draw the graph", d -> {
            drawing.set(d);
            action.setStatus("");
        });
    }

    /** Saves the positions shown (merged into the file's) off the JavaFX thread; a failure is said in the status. */
    public void saveLayout(String name, LayoutPositions shown) {
        if (name == null || shown.size() == 0) {
            return;
        }
        String set = dataset;
        runner.run(backend.fileWork("Save the graph layout", () -> layouts.save(set, name, shown)), file -> { },
                error -> action.setStatus("Could not save the layout: " + error.getMessage()), () -> { });
    }

    public void stop() {
        action.stop();
    }

    /** Where the positions of {@code layoutName} are kept for the open data set. */
    Path layoutFile(String layoutName) {
        return layouts.file(dataset, layoutName);
    }

    public BackgroundAction action() {
        return action;
    }

    public ReadOnlyObjectProperty<Drawing> drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    /** How often friends share a segment against chance, in words, or why it cannot be said (see {@link HomophilyText}). */
    public ReadOnlyStringProperty homophilyTextProperty() {
        return homophily.getReadOnlyProperty();
    }

    public ObjectProperty<SizeBy> sizeByProperty() {
        return sizeBy;
    }

    public ObjectProperty<ColourBy> colourByProperty() {
        return colourBy;
    }

    /** 0 = no top-N limit. */
    public IntegerProperty topNProperty() {
        return topN;
    }

    /** A community id, or blank for all. */
    public StringProperty communityProperty() {
        return community;
    }

    public IntegerProperty minDegreeProperty() {
        return minDegree;
    }

    public IntegerProperty egoHopsProperty() {
        return egoHops;
    }

    /** The ego network's centre, or null for none. */
    public ObjectProperty<Long> egoCenterProperty() {
        return egoCenter;
    }

    public BooleanProperty superNodesProperty() {
        return superNodes;
    }

}

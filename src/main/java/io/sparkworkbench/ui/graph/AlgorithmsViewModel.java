package io.sparkworkbench.ui.graph;

import io.sparkworkbench.engine.graph.CommunityRequest;
import io.sparkworkbench.engine.graph.ComponentSize;
import io.sparkworkbench.engine.graph.DegreeDistribution;
import io.sparkworkbench.engine.graph.GraphService;
import io.sparkworkbench.engine.graph.GraphSummary;
import io.sparkworkbench.engine.graph.GraphViews;
import io.sparkworkbench.engine.graph.LandmarkReach;
import io.sparkworkbench.engine.graph.PageRankRequest;
import io.sparkworkbench.engine.graph.RankedNode;
import io.sparkworkbench.ui.common.BackgroundAction;
import io.sparkworkbench.ui.common.Formats;
import io.sparkworkbench.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The graph algorithms as the tab runs them: each with its parameters, progress and Stop ({@link GraphActions}),
 * its result as a capped table read back from the SQL view that holds it, and a note to the drawing so it is sized
 * or coloured by the new result.
 */
public final class AlgorithmsViewModel {

    /** Rows of a result view the tab shows (the view holds them all). */
    public static final int TABLE_ROWS = 1_000;

    private final GraphBackend backend;
    private final GraphActions actions;
    private final BackgroundAction table;
    private final IntegerProperty iterations = new SimpleIntegerProperty(20);
    private final BooleanProperty untilConverged = new SimpleBooleanProperty(false);
    private final DoubleProperty tolerance = new SimpleDoubleProperty(1e-4);
    private final BooleanProperty personalised = new SimpleBooleanProperty(false);
    private final IntegerProperty lpaIterations = new SimpleIntegerProperty(10);
    private final StringProperty landmarks = new SimpleStringProperty("");
    private final ObjectProperty<Long> selectedNode = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ResultTable> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DegreeDistribution> degrees = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper trianglesComputed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasGraph = new ReadOnlyBooleanWrapper(false);
    private BiConsumer<SizeBy, ColourBy> onResult = (s, c) -> { };
    private java.util.function.Consumer<String> onViewRegistered = v -> { };

    public AlgorithmsViewModel(GraphBackend backend, GraphActions actions, TaskRunner runner) {
        this.backend = backend;
        this.actions = actions;
        this.table = new BackgroundAction(runner);
    }

    /** Told when a result is in: the drawing is fetched again, sized or coloured by it (null = as it was). */
    public void setOnResult(BiConsumer<SizeBy, ColourBy> listener) {
        this.onResult = listener;
    }

    /** Told the name of each result view registered, so the SQL tab's catalog offers it. */
    public void setOnViewRegistered(java.util.function.Consumer<String> listener) {
        onViewRegistered = listener;
    }

    public void graphOpened(GraphSummary summary) {
        hasGraph.set(summary != null);
        result.set(null);
        degrees.set(null);
        trianglesComputed.set(false);
        table.setStatus("");
    }

    public void degreeDistribution() {
        if (!ready()) {
            return;
        }
        actions.start(backend.degrees(), "Degree distribution…", "Cannot compute the degree distribution", d -> {
            degrees.set(d);
            show("Degrees", String.format(Locale.US, "Degrees: mean %.2f, highest %,d (in %,d, out %,d)%s; top: %s", d.meanDegree(),
                    d.maxDegree(), d.maxInDegree(), d.maxOutDegree(), d.truncated() ? "; the chart shows the lowest "
                            + GraphService.HISTOGRAM_BINS + " degree values" : "", top(d.top(), false)),
                    GraphViews.DEGREES, "SELECT * FROM " + GraphViews.DEGREES + " ORDER BY degree DESC, id");
            onResult.accept(SizeBy.DEGREE, null);
        });
    }

    public void pageRank() {
        if (!ready()) {
            return;
        }
        PageRankRequest request;
        try {
            request = pageRankRequest();
        } catch (IllegalArgumentException e) {
            actions.setStatus(e.getMessage());
            return;
        }
        actions.start(backend.pageRank(request), "PageRank…", "Cannot run PageRank", r -> {
            show("PageRank", String.format(Locale.US, "PageRank (%s%s): %s over %,d nodes; top: %s",
                    request.fixedIterations() ? request.iterations() + " iterations" : "until changes < " + request.tolerance(),
                    request.source().isPresent() ? ", personalised from " + request.source().getAsLong() : "",
                    Formats.elapsed(r.millis()), r.nodes(), top(r.top(), true)),
                    r.view(), "SELECT * FROM " + r.view() + " ORDER BY rank DESC, id");
            onResult.accept(SizeBy.PAGERANK, null);
        });
    }

    /** @throws IllegalArgumentException naming the field at fault (or asking for a selected node when personalised) */
    PageRankRequest pageRankRequest() {
        PageRankRequest request = untilConverged.get() ? PageRankRequest.untilConverged(tolerance.get())
                : PageRankRequest.iterations(iterations.get());
        if (personalised.get()) {
            if (selectedNode.get() == null) {
                throw new IllegalArgumentException("Select a node in the graph first: personalised PageRank restarts at the selected node");
            }
            request = request.personalisedFrom(selectedNode.get());
        }
        return request;
    }

    public void components(boolean strong) {
        if (!ready()) {
            return;
        }
        String name = strong ? "Strong components" : "Components";
        actions.start(backend.components(strong), name + "…", "Cannot compute the " + name.toLowerCase(Locale.ROOT), r -> {
            show(name, String.format(Locale.US, "%s: %,d (%,d of them single nodes), in %s; largest: %s", name, r.components(),
                    r.singletons(), Formats.elapsed(r.millis()), sizes(r.largest())), r.view(), groupedSql(r.view(), "component"));
            onResult.accept(null, ColourBy.COMPONENT);
        });
    }

    public void triangles() {
        if (!ready()) {
            return;
        }
        actions.start(backend.triangles(), "Triangles…", "Cannot count triangles", r -> {
            trianglesComputed.set(true);
            show("Triangles", String.format(Locale.US, "Triangles: %,d; mean clustering coefficient %.4f, in %s; most: %s", r.triangles(),
                    r.averageClustering(), Formats.elapsed(r.millis()), top(r.topByTriangles(), false)),
                    r.view(), "SELECT * FROM " + r.view() + " ORDER BY triangles DESC, id");
        });
    }

    public void communities() {
        if (!ready()) {
            return;
        }
        CommunityRequest request;
        try {
            request = new CommunityRequest(lpaIterations.get(), CommunityRequest.DEFAULT_HUB_CAP);
        } catch (IllegalArgumentException e) {
            actions.setStatus(e.getMessage());
            return;
        }
        actions.start(backend.communities(request), "Label propagation…", "Cannot find communities", r -> {
            String hubs = r.hubs() == 0 ? "" : String.format(Locale.US, "; %,d hubs sampled down, %,d of %,d edges used", r.hubs(),
                    r.edgesUsed(), r.edges());
            show("Communities", String.format(Locale.US, "Communities (label propagation, %d iterations): %,d in %s%s; largest: %s",
                    request.maxIterations(), r.communities(), Formats.elapsed(r.millis()), hubs, sizes(r.largest())),
                    r.view(), groupedSql(r.view(), "community"));
            onResult.accept(null, ColourBy.COMMUNITY);
        });
    }

    public void shortestPaths() {
        if (!ready()) {
            return;
        }
        long[] chosen;
        try {
            chosen = landmarkIds();
        } catch (IllegalArgumentException e) {
            actions.setStatus(e.getMessage());
            return;
        }
        actions.start(backend.shortestPaths(chosen), "Shortest paths…", "Cannot compute shortest paths", r -> {
            List<String> each = new ArrayList<>();
            for (LandmarkReach l : r.landmarks()) {
                each.add(String.format(Locale.US, "%s: %,d nodes reach it, mean %.2f hops", l.label(), l.reachable(), l.meanHops()));
            }
            show("Shortest paths", "Shortest paths in " + Formats.elapsed(r.millis()) + ": " + String.join("; ", each), r.view(),
                    "SELECT * FROM " + r.view() + " ORDER BY landmark, hops, id");
        });
    }

    /** The typed ids (comma or space separated), else the selected node. @throws IllegalArgumentException on a bad list */
    long[] landmarkIds() {
        String text = landmarks.get() == null ? "" : landmarks.get().trim();
        if (text.isEmpty()) {
            if (selectedNode.get() == null) {
                throw new IllegalArgumentException("Type landmark ids or select a node in the graph: shortest paths are counted to landmarks");
            }
            return new long[] {selectedNode.get()};
        }
        String[] parts = text.split("[,;\\s]+");
        if (parts.length > GraphService.MAX_LANDMARKS) {
            throw new IllegalArgumentException("At most " + GraphService.MAX_LANDMARKS + " landmarks, not " + parts.length);
        }
        long[] ids = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                ids[i] = Long.parseLong(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Landmark " + (i + 1) + " is \"" + parts[i] + "\", not a node id (a whole number)");
            }
        }
        return ids;
    }

    private boolean ready() {
        if (!hasGraph.get()) {
            actions.setStatus("Open a graph first (social, co-purchase or a view)");
            return false;
        }
        return true;
    }

    private void show(String title, String headline, String view, String sql) {
        onViewRegistered.accept(view);
        actions.setStatus(headline + ". Full table: the SQL view " + view + ".");
        table.start(backend.rows(sql, TABLE_ROWS), "Reading " + view + "…", "Cannot read " + view,
                rows -> result.set(new ResultTable(title, headline, view, rows)));
    }

    /** Every node with the size of its group, largest group first. */
    private static String groupedSql(String view, String column) {
        return "SELECT *, COUNT(*) OVER (PARTITION BY " + column + ") AS " + column + "_size FROM " + view + " ORDER BY " + column
                + "_size DESC, " + column + ", id";
    }

    private static String top(List<RankedNode> nodes, boolean rank) {
        List<String> out = new ArrayList<>();
        for (RankedNode n : nodes.subList(0, Math.min(3, nodes.size()))) {
            out.add(n.label() + (rank ? String.format(Locale.US, " (%.4f)", n.score()) : String.format(Locale.US, " (%,.0f)", n.score())));
        }
        return out.isEmpty() ? "none" : String.join(", ", out);
    }

    private static String sizes(List<ComponentSize> groups) {
        List<String> out = new ArrayList<>();
        for (ComponentSize g : groups.subList(0, Math.min(3, groups.size()))) {
            out.add(String.format(Locale.US, "%,d nodes (id %d)", g.nodes(), g.id()));
        }
        return out.isEmpty() ? "none" : String.join(", ", out);
    }

    public void stop() {
        actions.stop();
    }

    public IntegerProperty iterationsProperty() {
        return iterations;
    }

    public BooleanProperty untilConvergedProperty() {
        return untilConverged;
    }

    public DoubleProperty toleranceProperty() {
        return tolerance;
    }

    public BooleanProperty personalisedProperty() {
        return personalised;
    }

    public IntegerProperty lpaIterationsProperty() {
        return lpaIterations;
    }

    public StringProperty landmarksProperty() {
        return landmarks;
    }

    /** The node selected in the drawing (personalised PageRank's source, the default landmark), or null. */
    public ObjectProperty<Long> selectedNodeProperty() {
        return selectedNode;
    }

    public ReadOnlyObjectProperty<ResultTable> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DegreeDistribution> degreesProperty() {
        return degrees.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty trianglesComputedProperty() {
        return trianglesComputed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasGraphProperty() {
        return hasGraph.getReadOnlyProperty();
    }

    public GraphActions actions() {
        return actions;
    }

    public BackgroundAction table() {
        return table;
    }
}

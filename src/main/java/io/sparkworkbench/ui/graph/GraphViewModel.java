package io.sparkworkbench.ui.graph;

import io.sparkworkbench.engine.graph.GraphSource;
import io.sparkworkbench.engine.graph.GraphSummary;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The graph tab's open graph: the picker's choice opened in Spark (progress, Stop), its summary, and the data
 * set it belongs to (whose fingerprint keys the saved layouts). Opening tells the drawing, the algorithms and the
 * selection panel; they meet only here and in {@link GraphTab}.
 */
public final class GraphViewModel {

    private final GraphBackend backend;
    private final TaskRunner runner;
    private final GraphActions actions;
    private final GraphPickerViewModel picker = new GraphPickerViewModel();
    private final DrawingViewModel drawing;
    private final AlgorithmsViewModel algorithms;
    private final NodeViewModel node;
    private final ReadOnlyObjectWrapper<GraphSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> summaryText = new ReadOnlyObjectWrapper<>("No graph open");
    private Path datasetFolder;
    private java.util.function.Consumer<String> onViewRegistered = v -> { };

    public GraphViewModel(GraphBackend backend, TaskRunner runner, Path dataFolder) {
        this.backend = backend;
        this.runner = runner;
        this.actions = new GraphActions(runner);
        this.drawing = new DrawingViewModel(backend, runner, dataFolder);
        this.algorithms = new AlgorithmsViewModel(backend, actions, runner);
        this.node = new NodeViewModel(backend, runner, () -> algorithms.trianglesComputedProperty().get());
        algorithms.setOnResult(drawing::resultArrived);
        node.selectedProperty().addListener((obs, old, id) -> algorithms.selectedNodeProperty().set(id));
        actions.setStatus("Choose a graph and press Open: the social network and co-purchase network need a data set (the Data tab)");
    }

    /** The Data tab opened a data set: its fingerprint keys the layouts saved from now on (read off the JavaFX thread). */
    public void datasetOpened(Path folder) {
        datasetFolder = folder;
        runner.run(backend.fileWork("Fingerprint " + folder.getFileName(), () -> DatasetKey.of(folder).fingerprint()), fingerprint -> {
            if (folder.equals(datasetFolder)) {
                drawing.setDataset(fingerprint);
            }
        }, error -> drawing.setDataset(null), () -> { });
    }

    /** Opens the picker's choice; a bad choice is said in the status, nothing runs. */
    public void open() {
        GraphSource source;
        try {
            source = picker.source();
        } catch (IllegalArgumentException e) {
            actions.setStatus(e.getMessage());
            return;
        }
        String name = GraphPickerViewModel.layoutName(source);
        actions.start(backend.open(source), "Opening the " + source.describe() + "…", "Cannot open the graph", s -> opened(s, name));
    }

    /** Told the name of each view the tab registers, so the SQL tab's catalog offers it. */
    public void setOnViewRegistered(java.util.function.Consumer<String> listener) {
        onViewRegistered = listener;
        algorithms.setOnViewRegistered(listener);
    }

    private void opened(GraphSummary s, String layoutName) {
        onViewRegistered.accept(io.sparkworkbench.engine.graph.GraphViews.NODES);
        summary.set(s);
        summaryText.set(String.format(Locale.US, "%s: %,d nodes, %,d edges, %s", s.source().describe(), s.nodes(), s.edges(),
                s.directed() ? "directed" : "undirected"));
        actions.setStatus(s.notes().isEmpty() ? "Opened. Run an algorithm, or click a node." : String.join(". ", s.notes()) + ".");
        node.setDirected(s.directed());
        node.clear();
        algorithms.graphOpened(s);
        drawing.graphOpened(s, layoutName);
    }

    /**
     * The tab is shown: if the Segments tab registered, replaced or dropped customer_segments since the social graph was
     * opened (the engine compares the plans), the segments are attached to the open graph's nodes and it is redrawn in place.
     */
    public void tabShown() {
        GraphSummary open = summary.get();
        if (open == null || open.source().kind() != io.sparkworkbench.engine.graph.GraphKind.SOCIAL) {
            return;
        }
        runner.run(backend.segmentsChanged(), changed -> {
            if (changed && summary.get() == open) {
                drawing.refreshSegments(this::segmentsAttached);
            }
        }, error -> actions.setStatus("Cannot read the customer segments: " + io.sparkworkbench.engine.EngineErrors.describe(error)), () -> { });
    }

    private void segmentsAttached(GraphSummary s) {
        summary.set(s);
        if (!actions.runningProperty().get()) {
            actions.setStatus(s.hasSegments() ? "The customer segments changed: the graph shows the new ones"
                    : "The customer segments are gone (customer_segments was dropped): the graph has none now");
        }
    }

    /** The session restarted: the engine's graph and its views are gone. */
    public void sessionRestarted() {
        summary.set(null);
        summaryText.set("No graph open");
        algorithms.graphOpened(null);
        node.clear();
        drawing.graphClosed();
        actions.setStatus("The Spark session restarted: open the graph again");
    }

    public void stop() {
        actions.stop();
    }

    public GraphPickerViewModel picker() {
        return picker;
    }

    public GraphActions actions() {
        return actions;
    }

    public DrawingViewModel drawing() {
        return drawing;
    }

    public AlgorithmsViewModel algorithms() {
        return algorithms;
    }

    public NodeViewModel node() {
        return node;
    }

    public ReadOnlyObjectProperty<GraphSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> summaryTextProperty() {
        return summaryText.getReadOnlyProperty();
    }
}

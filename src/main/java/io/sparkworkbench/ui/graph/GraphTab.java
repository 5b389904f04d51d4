package io.sparkworkbench.ui.graph;

import io.sparkworkbench.ui.catalog.CatalogModel;
import io.sparkworkbench.ui.common.TabAction;
import io.sparkworkbench.ui.common.TaskRunner;
import io.sparkworkbench.ui.common.WorkbenchTab;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * The graph tab as a plug-in of the main window: open the social, co-purchase or any view's graph, run the graph
 * algorithms (each result a table here and a view for SQL), and explore the drawing: filters, super-nodes,
 * selection, search, layouts kept between sessions, PNG/SVG export.
 */
public final class GraphTab implements WorkbenchTab {

    public static final String ID = "graph";

    private final GraphViewModel model;
    private final CatalogModel catalog;
    private GraphTabView view;

    public GraphTab(GraphBackend backend, TaskRunner runner, CatalogModel catalog, Path dataFolder) {
        this.model = new GraphViewModel(backend, runner, dataFolder);
        this.catalog = catalog;
        catalog.snapshotProperty().addListener((obs, old, snapshot) -> model.picker().setCatalog(snapshot));
        model.picker().setCatalog(catalog.snapshotProperty().get());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Graph";
    }

    @Override
    public Node content() {
        if (view == null) {
            view = new GraphTabView(model);
        }
        return view;
    }

    @Override
    public List<TabAction> actions() {
        return List.of(TabAction.item(TabAction.Placement.TAB_MENU, "menu-graph-open", "Open the graph", null,
                "Open the graph chosen at the top of the Graph tab", model::open));
    }

    @Override
    public void shown() {
        // The picker's views and columns: anything registered since (an import, a segmentation) is offered.
        catalog.refresh();
        // Segments trained or renamed on the Segments tab since the graph opened colour it now.
        model.tabShown();
    }

    @Override
    public void sessionRestarted() {
        model.sessionRestarted();
    }

    @Override
    public void setDarkTheme(boolean dark) {
        if (view != null) {
            view.setDarkTheme(dark);
        }
    }

    /** Called when the Data tab opens a data set: its fingerprint keys the saved layouts. */
    public void datasetOpened(Path folder) {
        model.datasetOpened(folder);
    }

    /** Told the name of each view the tab registers (graph_nodes, graph_pagerank, …), so the SQL tab's catalog offers it. */
    public void setOnViewRegistered(Consumer<String> listener) {
        model.setOnViewRegistered(listener);
    }

    /**
     * The Dashboard's drill-down: filters the drawing to one label-propagation community. The dashboard lists
     * communities only while the graph that found them is open; with none open the tab says to open one first.
     */
    public void showCommunity(long community) {
        model.drawing().communityProperty().set(Long.toString(community));
        model.drawing().applyFilters();
    }

    GraphViewModel model() {
        return model;
    }

    GraphTabView view() {
        return view;
    }
}

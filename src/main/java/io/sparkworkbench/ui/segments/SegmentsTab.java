package io.sparkworkbench.ui.segments;

import io.sparkworkbench.engine.files.ExportRequest;
import io.sparkworkbench.ui.common.ExportDialog;
import io.sparkworkbench.ui.common.TabAction;
import io.sparkworkbench.ui.common.TabHost;
import io.sparkworkbench.ui.common.WorkbenchTab;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;

/**
 * The segmentation tab as a plug-in of the main window: customer segments found with K-Means in Spark,
 * explored as a scatterplot, profiled and named, and churn risk beside them.
 */
public final class SegmentsTab implements WorkbenchTab {

    public static final String ID = "segments";

    private final SegmentsViewModel model;
    private final SelectionViewModel selection;
    private final ChurnViewModel churn;
    private ChurnView churnView;
    private final Path exportFolder;
    private SelectionExport export;
    private SegmentsView view;
    private TabHost host;
    private boolean shown;
    private Path openedFolder;
    private Path churnFolder;

    public SegmentsTab(SegmentsViewModel model, SelectionViewModel selection, ChurnViewModel churn, Path exportFolder) {
        this.model = model;
        this.selection = selection;
        this.churn = churn;
        this.exportFolder = exportFolder;
        this.export = this::askExport;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Segments";
    }

    @Override
    public void attach(TabHost tabHost) {
        this.host = tabHost;
    }

    @Override
    public Node content() {
        if (view == null) {
            churnView = new ChurnView(churn);
            view = new SegmentsView(model, selection, (owner, v) -> export.ask(owner, v), churnView);
        }
        return view;
    }

    /** Shows the customers of {@code segment} selected on the scatterplot, once the model's points are drawn. */
    public void showSegment(int segment) {
        content();
        view.showSegment(segment);
    }

    @Override
    public List<TabAction> actions() {
        return List.of(TabAction.item(TabAction.Placement.TAB_MENU, "menu-segments-train", "Train segmentation", "Shortcut+Shift+T",
                "Fit K-Means on the chosen customer features", model::train));
    }

    @Override
    public void setDarkTheme(boolean dark) {
        if (view != null) {
            view.setDarkTheme(dark);
            churnView.setDarkTheme(dark);
        }
    }

    @Override
    public void shown() {
        shown = true;
        model.shown();
        openChurn();
    }

    @Override
    public void sessionRestarted() {
        model.sessionRestarted();
        if (churnFolder == null) {
            churnFolder = openedFolder;
        }
        openChurn();
    }

    /** Called when the Data tab opens a data set; the work waits until the tab is shown. */
    public void datasetOpened(Path folder) {
        openedFolder = folder;
        churnFolder = folder;
        model.datasetOpened(folder);
        openChurn();
    }

    private void openChurn() {
        if (shown && churnFolder != null) {
            churn.datasetOpened(churnFolder);
            churnFolder = null;
        }
    }

    private Optional<ExportRequest> askExport(javafx.stage.Window owner, String view) {
        String what = view.equals("customer_segments") ? "the customer segments" : "the selected customers";
        List<String> columns = view.equals("customer_segments") ? List.of("customer_id", "segment", "name") : selection.columns();
        return ExportDialog.ask(owner, what, view, "SELECT * FROM `" + view + "`", columns, exportFolder);
    }

    /** Tests answer the export dialog themselves. */
    void setExport(SelectionExport replacement) {
        this.export = replacement;
    }

    SegmentsView view() {
        return view;
    }

    SegmentsViewModel model() {
        return model;
    }

    SelectionViewModel selection() {
        return selection;
    }
}

package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.files.ExportOutcome;
import io.sparkworkbench.engine.files.ExportRequest;
import io.sparkworkbench.engine.ml.recommend.RecommendModel;
import io.sparkworkbench.ui.common.ExportDialog;
import io.sparkworkbench.ui.common.TabAction;
import io.sparkworkbench.ui.common.TaskRunner;
import io.sparkworkbench.ui.common.WorkbenchTab;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * The recommendation tab as a plug-in of the main window: ALS trained and judged against its baselines, a grid
 * search, a browser putting a customer's history beside what the model recommends, the category mix, and every
 * customer's top-N as a view and files. The view models meet only here, through the opening and the model.
 */
public final class RecommendTab implements WorkbenchTab {

    public static final String ID = "recommendations";

    private final RecommendViewModel model;
    private final GridViewModel grid;
    private final BrowserViewModel browser;
    private final CategoryMixViewModel mix;
    private final RecommendExportViewModel export;
    private final Path exportFolder;
    private ExportTarget target = this::askExport;
    private RecommendView view;

    /** Where and how to write the view (the export dialog); tests answer without a dialog. */
    @FunctionalInterface
    interface ExportTarget {
        Optional<ExportRequest> ask(Window owner, String view);
    }

    public RecommendTab(RecommendBackend backend, TaskRunner runner, Function<ExportRequest, EngineTask<ExportOutcome>> exporter,
                        Path exportFolder) {
        this.model = new RecommendViewModel(backend, runner);
        this.grid = new GridViewModel(backend, model, runner);
        this.browser = new BrowserViewModel(backend, runner);
        this.mix = new CategoryMixViewModel(backend, runner);
        this.export = new RecommendExportViewModel(backend, exporter, runner);
        this.exportFolder = exportFolder;
        model.openingProperty().addListener((obs, old, o) -> browser.setDirectory(o == null ? null : o.directory()));
        model.modelProperty().addListener((obs, old, m) -> modelChanged(m));
    }

    private void modelChanged(RecommendModel now) {
        browser.setRecommender(now == null ? null : now.recommender());
        mix.setHasModel(now != null);
        export.setHasModel(now != null);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Recommendations";
    }

    @Override
    public Node content() {
        if (view == null) {
            view = new RecommendView(this, v -> target.ask(view.getScene() == null ? null : view.getScene().getWindow(), v));
        }
        return view;
    }

    @Override
    public List<TabAction> actions() {
        return List.of(TabAction.item(TabAction.Placement.TAB_MENU, "menu-recommend-train", "Train recommendations", null,
                "Fit ALS with the form's values and judge it against most popular and random", model::train));
    }

    @Override
    public void shown() {
        model.shown();
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

    /** Called when the Data tab opens a data set; the work waits until the tab is shown. */
    public void datasetOpened(Path folder) {
        model.datasetOpened(folder);
    }

    /**
     * Shows a product in the browser (the Dashboard's drill-down): with a trained model only, which is what knows
     * the products; without one the tab itself says to train first.
     */
    public void openProduct(long productId) {
        if (model.modelProperty().get() != null) {
            browser.openProduct(productId);
        }
    }

    /** Told the name of each view the tab registers, so the SQL tab's catalog offers it. */
    public void setOnViewRegistered(Consumer<String> listener) {
        export.setOnViewRegistered(listener);
    }

    private Optional<ExportRequest> askExport(Window owner, String viewName) {
        return ExportDialog.ask(owner, "every customer's recommendations", viewName, "SELECT * FROM `" + viewName + "`",
                RecommendExportViewModel.COLUMNS, exportFolder);
    }

    void setExportTarget(ExportTarget replacement) {
        this.target = replacement;
    }

    RecommendView view() {
        return view;
    }

    RecommendViewModel model() {
        return model;
    }

    GridViewModel grid() {
        return grid;
    }

    BrowserViewModel browser() {
        return browser;
    }

    CategoryMixViewModel mix() {
        return mix;
    }

    RecommendExportViewModel export() {
        return export;
    }
}

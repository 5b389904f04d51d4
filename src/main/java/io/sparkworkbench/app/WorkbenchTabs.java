package io.sparkworkbench.app;

import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.DatasetInsights;
import io.sparkworkbench.engine.sql.DatasetCatalog;
import io.sparkworkbench.engine.sql.CatalogService;
import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.ui.common.WorkbenchTab;
import io.sparkworkbench.ui.datagen.DataGenTab;
import io.sparkworkbench.ui.datagen.DataGenViewModel;
import io.sparkworkbench.ui.datagen.DatasetViewModel;
import io.sparkworkbench.ui.datagen.GenerationForm;
import io.sparkworkbench.ui.sql.SqlTab;
import io.sparkworkbench.ui.sql.SqlViewModel;
import io.sparkworkbench.ui.sql.SqlWorkspace;
import java.nio.file.Path;
import java.util.List;

/**
 * THE one place tabs are registered. Only tabs that work are listed: a later feature adds its tab here.
 */
final class WorkbenchTabs {

    static final String DATA_TAB = "data";

    private final DatasetViewModel dataset;
    private final List<WorkbenchTab> tabs;
    private final SqlTab sqlTab;
    private final SqlViewModel sqlModel;
    private Runnable onOpenRequested = () -> { };

    WorkbenchTabs(AppServices services) {
        dataset = new DatasetViewModel(new DatasetCatalog(services.engine()), new DatasetInsights(services.engine()),
                services.runner());
        sqlModel = new SqlViewModel(new QueryService(services.engine()), new CatalogService(services.engine()), services.runner(),
                () -> rowCap(services));
        dataset.setOnOpened(folder -> {
            InitialDataset.remember(services.settings(), folder);
            // New views: completion in the SQL tab should offer them.
            sqlModel.refreshCatalog();
        });
        GenerationForm form = new GenerationForm(services.paths().dataFolder().resolve("datasets").resolve("ecommerce"));
        DataGenViewModel dataGen = new DataGenViewModel(new DataGenService(services.engine()), services.runner(), form, dataset);
        sqlTab = new SqlTab(sqlModel, new SqlWorkspace(services.paths().configFolder()));
        tabs = List.of(new DataGenTab(dataGen), sqlTab);
    }

    /** Rows a result fetches per page: the Settings dialog's "Rows per result page", 10,000 unless set. */
    private static int rowCap(AppServices services) {
        return io.sparkworkbench.ui.shell.SettingsViewModel.parseRowCap(
                services.settings().get(io.sparkworkbench.ui.shell.SettingsViewModel.ROW_CAP_KEY, ""));
    }

    /** The window is closing: whatever the editors hold is saved now, not at the next autosave. */
    void saveAll() {
        sqlTab.saveNow();
    }

    List<WorkbenchTab> all() {
        return tabs;
    }

    void setOnOpenRequested(Runnable action) {
        this.onOpenRequested = action;
    }

    /** After a session restart the views are gone: register the open folder's tables again. */
    void reopenDataFolder() {
        String folder = dataset.folderProperty().get();
        if (folder != null && !folder.isBlank()) {
            dataset.open(Path.of(folder));
        }
    }

    /** File → Open and Recent folders: registers the folder's tables and shows them in the Data tab. */
    void openDataFolder(Path folder) {
        onOpenRequested.run();
        dataset.open(folder);
    }
}

package io.sparkworkbench.app;

import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.DatasetInsights;
import io.sparkworkbench.engine.sql.DatasetCatalog;
import io.sparkworkbench.ui.common.WorkbenchTab;
import io.sparkworkbench.ui.datagen.DataGenTab;
import io.sparkworkbench.ui.datagen.DataGenViewModel;
import io.sparkworkbench.ui.datagen.DatasetViewModel;
import io.sparkworkbench.ui.datagen.GenerationForm;
import java.nio.file.Path;
import java.util.List;

/**
 * THE one place tabs are registered. Only tabs that work are listed: a later feature adds its tab here.
 */
final class WorkbenchTabs {

    static final String DATA_TAB = "data";

    private final DatasetViewModel dataset;
    private final List<WorkbenchTab> tabs;
    private Runnable onOpenRequested = () -> { };

    WorkbenchTabs(AppServices services) {
        dataset = new DatasetViewModel(new DatasetCatalog(services.engine()), new DatasetInsights(services.engine()),
                services.runner());
        dataset.setOnOpened(folder -> InitialDataset.remember(services.settings(), folder));
        GenerationForm form = new GenerationForm(services.paths().dataFolder().resolve("datasets").resolve("ecommerce"));
        DataGenViewModel dataGen = new DataGenViewModel(new DataGenService(services.engine()), services.runner(), form, dataset);
        tabs = List.of(new DataGenTab(dataGen));
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

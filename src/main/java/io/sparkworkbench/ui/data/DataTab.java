package io.sparkworkbench.ui.data;

import io.sparkworkbench.ui.common.TabAction;
import io.sparkworkbench.ui.common.TabHost;
import io.sparkworkbench.ui.common.WorkbenchTab;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.DirectoryChooser;

/** The Data tab: the generator, the open data set, and File → Open data folder / Recent folders. */
public final class DataTab implements WorkbenchTab {

    public static final String ID = "data";

    private final DataGenViewModel model;
    private final DatasetViewModel dataset;
    private final Supplier<List<Path>> recentFolders;
    private TabHost host;
    private DataGenView view;

    /** @param recentFolders most recent first (the settings store keeps them) */
    public DataTab(DataGenViewModel model, DatasetViewModel dataset, Supplier<List<Path>> recentFolders) {
        this.model = model;
        this.dataset = dataset;
        this.recentFolders = recentFolders;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Data";
    }

    @Override
    public void attach(TabHost tabHost) {
        this.host = tabHost;
    }

    @Override
    public Node content() {
        if (view == null) {
            view = new DataGenView(model);
        }
        return view;
    }

    @Override
    public List<TabAction> actions() {
        return List.of(
                TabAction.item(TabAction.Placement.FILE_MENU, "menu-open", "Open data folder…", "Shortcut+O",
                        "Open a data folder (one sub-folder per table)", this::chooseFolder),
                TabAction.submenu(TabAction.Placement.FILE_MENU, "menu-recent", "Recent folders", this::recentItems));
    }

    /** Registers the folder's tables and shows them here. */
    public void openFolder(Path folder) {
        if (host != null) {
            host.select(ID);
        }
        dataset.open(folder);
    }

    @Override
    public void sessionRestarted() {
        String folder = dataset.folderProperty().get();
        if (folder != null && !folder.isBlank()) {
            dataset.open(Path.of(folder));
        }
    }

    @Override
    public void setDarkTheme(boolean dark) {
        if (view != null) {
            view.setDarkTheme(dark);
        }
    }

    private List<TabAction> recentItems() {
        // No look at the disk here (the JavaFX thread): a folder gone since says so when it is opened.
        return recentFolders.get().stream().map(folder -> TabAction.item(TabAction.Placement.FILE_MENU, null,
                folder.toString(), null, "Open " + folder, () -> openFolder(folder))).toList();
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a data folder (one sub-folder per table)");
        List<Path> recent = recentFolders.get();
        if (!recent.isEmpty() && recent.get(0).getParent() != null && Files.isDirectory(recent.get(0).getParent())) {
            chooser.setInitialDirectory(recent.get(0).getParent().toFile());
        }
        File chosen = chooser.showDialog(host == null ? null : host.owner());
        if (chosen != null) {
            openFolder(chosen.toPath());
        }
    }
}

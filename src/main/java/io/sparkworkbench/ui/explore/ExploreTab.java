package io.sparkworkbench.ui.explore;

import io.sparkworkbench.engine.files.ImportResult;
import io.sparkworkbench.ui.common.TabAction;
import io.sparkworkbench.ui.common.TabHost;
import io.sparkworkbench.ui.common.WorkbenchTab;
import java.util.List;
import java.nio.file.Path;
import io.sparkworkbench.ui.common.DataFileChooser;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * The Explore tab as a plug-in of the main window: the catalog explorer, and the home of File → Import
 * (and files dropped on the window).
 */
public final class ExploreTab implements WorkbenchTab {

    public static final String ID = "explore";

    private final ExploreViewModel model;
    private final ProfileViewModel profile;
    private final PartitionsViewModel partitions;
    private final BuilderViewModel builder;
    private final Supplier<ImportViewModel> imports;
    private final BiConsumer<String, String> openInSql;
    private final Path exportFolder;
    private Function<Window, Optional<Path>> fileChooser = DataFileChooser::choose;
    private ExploreView view;
    private TabHost host;

    /**
     * @param imports   a fresh model per import dialog
     * @param openInSql opens SQL (title, text) in a new SQL editor tab and shows that tab
     */
    public ExploreTab(ExploreViewModel model, ProfileViewModel profile, PartitionsViewModel partitions, BuilderViewModel builder,
                      Supplier<ImportViewModel> imports, BiConsumer<String, String> openInSql, Path exportFolder) {
        this.model = model;
        this.profile = profile;
        this.partitions = partitions;
        this.builder = builder;
        this.imports = imports;
        this.openInSql = openInSql;
        this.exportFolder = exportFolder;
        builder.setOpenInSql(openInSql);
        partitions.setOnNewView(this::openAndSelect);
        model.previewProperty().addListener((obs, old, preview) -> {
            if (preview != null && !preview.table().equals(builder.tableProperty().get())) {
                builder.setTable(preview.table(), preview.columns());
            }
        });
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void attach(TabHost tabHost) {
        this.host = tabHost;
    }

    @Override
    public List<TabAction> actions() {
        return List.of(
                TabAction.item(TabAction.Placement.FILE_MENU, "menu-import", "Import file…", "Shortcut+I",
                        "Import a file (CSV, JSON, Parquet, ORC) as a view", () -> chooseAndImport(host.owner())),
                TabAction.item(TabAction.Placement.FILE_MENU, "menu-import-folder", "Import folder of part files…", null,
                        "Import a folder of part files as a view",
                        () -> DataFileChooser.chooseFolder(host.owner()).ifPresent(folder -> importFile(host.owner(), folder))));
    }

    /** Files dropped anywhere on the window are imported here. */
    @Override
    public boolean openDroppedFile(Path file) {
        importFile(host.owner(), file);
        return true;
    }

    @Override
    public String title() {
        return "Explore";
    }

    @Override
    public Node content() {
        if (view == null) {
            view = new ExploreView(this, openInSql);
        }
        return view;
    }

    @Override
    public void setDarkTheme(boolean dark) {
        if (view != null) {
            view.setDarkTheme(dark);
        }
    }

    /** Opens the table: details and preview load; an old profile or partition count is cleared. */
    void open(String table) {
        if (table.equals(model.tableProperty().get())) {
            return;
        }
        profile.clear();
        partitions.clear();
        model.open(table);
    }

    /** A view just made (import, repartition): opened even when one of that name was open, its data changed. */
    void openAndSelect(String table) {
        model.catalog().refresh();
        profile.clear();
        partitions.clear();
        model.open(table);
        if (view != null) {
            view.select(table);
        }
    }

    /** The import dialog for {@code file}; after the import the new view is opened here. */
    public void importFile(Window owner, Path file) {
        if (host != null) {
            host.select(ID);
        }
        content();
        ImportDialog.open(owner, imports.get(), file, this::imported);
    }

    /**
     * Imports {@code file} with the options the import dialog would suggest, without showing it (a file the app
     * was started on), then opens the new view here. {@code failed} gets what went wrong instead.
     */
    public void importSuggested(Path file, Consumer<Throwable> failed) {
        if (host != null) {
            host.select(ID);
        }
        content();
        imports.get().importSuggested(file, this::imported, failed);
    }

    private void imported(ImportResult result) {
        openAndSelect(result.view());
        view.showImported(result);
    }

    /** The "Import file…" button: asks for a file, then opens the import dialog for it. */
    void chooseAndImport(Window owner) {
        fileChooser.apply(owner).ifPresent(file -> importFile(owner, file));
    }

    /** Tests replace the native file dialog, which a headless robot cannot drive. */
    void setFileChooser(Function<Window, Optional<Path>> chooser) {
        this.fileChooser = chooser;
    }

    Path exportFolder() {
        return exportFolder;
    }

    ExploreViewModel model() {
        return model;
    }

    ProfileViewModel profile() {
        return profile;
    }

    PartitionsViewModel partitions() {
        return partitions;
    }

    BuilderViewModel builder() {
        return builder;
    }
}

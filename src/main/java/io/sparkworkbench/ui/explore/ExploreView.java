package io.sparkworkbench.ui.explore;

import io.sparkworkbench.engine.files.ImportResult;
import io.sparkworkbench.ui.common.ExportDialog;
import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.engine.sql.TablePreview;
import io.sparkworkbench.ui.catalog.CatalogTree;
import io.sparkworkbench.ui.common.Columns;
import io.sparkworkbench.ui.common.Formats;
import io.sparkworkbench.ui.common.ValueGrid;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Explore tab: the catalog tree on the left; the open table's header and its Preview, Schema, Profile, Query builder and Partitions. */
final class ExploreView extends SplitPane {

    private final ExploreTab tab;
    private final ExploreViewModel model;
    private final CatalogTree catalog;
    private final TabPane pages = new TabPane();
    private final ProfileView profileView;
    private final PartitionsView partitionsView;
    private final HBox importBar = new HBox(8);

    ExploreView(ExploreTab tab, BiConsumer<String, String> openInSql) {
        this.tab = tab;
        this.model = tab.model();
        setId("explore-view");
        catalog = new CatalogTree(model.catalog(), "explore-catalog");
        catalog.setOnOpen((table, column) -> tab.open(table.qualifiedName()));
        catalog.selectedProperty().addListener((obs, old, table) -> {
            if (table != null && !table.qualifiedName().equals(model.tableProperty().get())) {
                tab.open(table.qualifiedName());
            }
        });
        catalog.setMenu(table -> {
            MenuItem profile = new MenuItem("Profile columns");
            profile.setOnAction(e -> {
                tab.open(table.qualifiedName());
                pages.getSelectionModel().select(2);
                tab.profile().run(table.qualifiedName());
            });
            MenuItem partitions = new MenuItem("Partitions and lineage");
            partitions.setOnAction(e -> {
                tab.open(table.qualifiedName());
                pages.getSelectionModel().select(4);
                tab.partitions().inspect(table.qualifiedName());
            });
            return List.of(profile, partitions);
        });
        Button importButton = new Button("Import file…");
        importButton.setId("explore-import");
        importButton.setOnAction(e -> tab.chooseAndImport(getScene().getWindow()));
        Button importFolder = new Button("Folder…");
        importFolder.setId("explore-import-folder");
        importFolder.setTooltip(new javafx.scene.control.Tooltip("Import a folder of part files (what Spark writes) as one view"));
        importFolder.setOnAction(e -> io.sparkworkbench.ui.common.DataFileChooser.chooseFolder(getScene().getWindow())
                .ifPresent(folder -> tab.importFile(getScene().getWindow(), folder)));
        Button refresh = new Button("↻");
        refresh.setId("explore-refresh");
        refresh.setTooltip(new javafx.scene.control.Tooltip("Read the catalog again"));
        for (Button b : List.of(importButton, importFolder, refresh)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        refresh.setOnAction(e -> model.catalog().refresh());
        HBox sideBar = new HBox(6, importButton, importFolder, refresh);
        sideBar.setPadding(new Insets(6));
        BorderPane side = new BorderPane(catalog, sideBar, null, null, null);

        profileView = new ProfileView(tab.profile(), model.tableProperty()::get);
        partitionsView = new PartitionsView(tab.partitions(), model.tableProperty()::get);
        pages.getTabs().setAll(
                page("explore-page-preview", "Preview", previewGrid()),
                page("explore-page-schema", "Schema", schemaTable()),
                page("explore-page-profile", "Profile", profileView),
                page("explore-page-builder", "Query builder", new BuilderView(tab.builder(), tab.exportFolder())),
                page("explore-page-partitions", "Partitions", partitionsView));
        pages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pages.setId("explore-pages");
        importBar.setAlignment(Pos.CENTER_LEFT);
        importBar.setPadding(new Insets(4, 8, 4, 8));
        importBar.setId("explore-import-result");
        importBar.managedProperty().bind(importBar.visibleProperty());
        importBar.setVisible(false);
        TableHeader header = new TableHeader(model, this::export, () -> {
            String table = model.tableProperty().get();
            openInSql.accept(table, "SELECT *\nFROM " + CatalogTree.sqlName(table) + "\nLIMIT 100");
        });
        BorderPane main = new BorderPane(pages, new VBox(importBar, header), null, null, null);
        getItems().setAll(side, main);
        setDividerPositions(0.21);
        SplitPane.setResizableWithParent(side, false);
    }

    void setDarkTheme(boolean dark) {
        profileView.setDarkTheme(dark);
        partitionsView.setDarkTheme(dark);
    }

    void select(String table) {
        catalog.select(table);
    }

    /** After an import: what it read, and the malformed rows one click away. */
    void showImported(ImportResult result) {
        Label text = new Label("Imported " + result.view() + ": " + Formats.count(result.rows()) + " rows"
                + (result.malformed() > 0 ? ", " + Formats.count(result.malformed()) + " malformed" : ", none malformed")
                + " in " + Formats.elapsed(result.elapsedMs()));
        text.setId("explore-import-summary");
        importBar.getChildren().setAll(text);
        result.malformedView().ifPresent(view -> {
            Hyperlink show = new Hyperlink("Show the malformed rows");
            show.setId("explore-show-malformed");
            show.setOnAction(e -> {
                tab.openAndSelect(view);
                pages.getSelectionModel().select(0);
            });
            importBar.getChildren().add(show);
        });
        Hyperlink close = new Hyperlink("Dismiss");
        close.setOnAction(e -> importBar.setVisible(false));
        importBar.getChildren().add(close);
        importBar.setVisible(true);
        pages.getSelectionModel().select(0);
    }

    private void export() {
        String table = model.tableProperty().get();
        TablePreview preview = model.previewProperty().get();
        List<String> columns = preview == null ? List.of() : preview.columns().stream().map(ColumnInfo::name).toList();
        ExportDialog.ask(getScene().getWindow(), table, table, "SELECT * FROM " + CatalogTree.sqlName(table), columns, tab.exportFolder())
                .ifPresent(model::export);
    }

    private ValueGrid previewGrid() {
        ValueGrid grid = new ValueGrid();
        grid.setId("explore-preview");
        grid.setPlaceholder(new Label("The first " + ExploreViewModel.PREVIEW_ROWS + " rows of the open view"));
        model.previewProperty().addListener((obs, old, p) -> {
            if (p == null) {
                grid.clear();
            } else {
                grid.show(p.columns().stream().map(ColumnInfo::name).toList(), p.columns().stream().map(ColumnInfo::type).toList(),
                        p.rows());
            }
        });
        return grid;
    }

    private TableView<ColumnInfo> schemaTable() {
        TableView<ColumnInfo> table = new TableView<>();
        table.setId("explore-schema");
        table.getColumns().setAll(List.of(Columns.text("column", ColumnInfo::name), Columns.text("type", ColumnInfo::type)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.previewProperty().addListener((obs, old, p) ->
                table.setItems(p == null ? FXCollections.observableArrayList() : FXCollections.observableArrayList(p.columns())));
        return table;
    }

    private static Tab page(String id, String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

}

package io.sparkworkbench.ui.catalog;

import io.sparkworkbench.engine.sql.CatalogEntry;
import io.sparkworkbench.engine.sql.CatalogSnapshot;
import io.sparkworkbench.engine.sql.ColumnInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The sidebar tree of views and tables with their columns and types, over the shared {@link CatalogModel}.
 * Hosts decide what opening a table does and which actions its context menu offers. Expanded tables and
 * the selection survive refreshes.
 */
public final class CatalogTree extends BorderPane {

    /** A row of the tree: a table (column null) or one of its columns. */
    record Node(CatalogEntry table, ColumnInfo column) {
    }

    private final TreeView<Node> tree = new TreeView<>(new TreeItem<>());
    private final TextField filter = new TextField();
    private final ObjectProperty<CatalogEntry> selected = new SimpleObjectProperty<>();
    private final Set<String> expanded = new HashSet<>();
    private BiConsumer<CatalogEntry, ColumnInfo> onOpen = (t, c) -> { };
    private Function<CatalogEntry, List<MenuItem>> menu = t -> List.of();
    private CatalogSnapshot shown = CatalogSnapshot.EMPTY;
    private String wanted;

    public CatalogTree(CatalogModel model, String id) {
        setId(id);
        getStyleClass().add("catalog-tree");
        tree.setShowRoot(false);
        tree.setId(id + "-tree");
        tree.setCellFactory(t -> new Cell());
        filter.setPromptText("Filter tables and columns");
        filter.setId(id + "-filter");
        filter.textProperty().addListener((obs, old, text) -> show(shown));
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                selected.set(item == null || item.getValue() == null ? null : item.getValue().table()));
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        Label title = new Label("Catalog");
        title.getStyleClass().add("catalog-title");
        Label count = new Label();
        count.getStyleClass().add("form-hint");
        model.snapshotProperty().addListener((obs, old, snapshot) -> {
            count.setText(snapshot.entries().size() == 1 ? "1 view" : snapshot.entries().size() + " views");
            show(snapshot);
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer, count);
        header.setPadding(new Insets(4, 6, 2, 6));
        BorderPane top = new BorderPane(filter, header, null, null, null);
        BorderPane.setMargin(filter, new Insets(2, 4, 4, 4));
        setTop(top);
        Label none = new Label("No views yet: open a data folder, import a file or create one in SQL");
        none.setWrapText(true);
        none.getStyleClass().add("form-hint");
        none.setPadding(new Insets(8));
        none.setMouseTransparent(true);
        none.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(tree.getRoot().getChildren()));
        javafx.scene.layout.StackPane area = new javafx.scene.layout.StackPane(tree, none);
        javafx.scene.layout.StackPane.setAlignment(none, javafx.geometry.Pos.TOP_LEFT);
        setCenter(area);
        setMinWidth(160);
        show(model.snapshotProperty().get());
    }

    /** Double click or Enter on a table (column null) or one of its columns. */
    public void setOnOpen(BiConsumer<CatalogEntry, ColumnInfo> action) {
        this.onOpen = action;
    }

    /** The context menu items offered for a table. */
    public void setMenu(Function<CatalogEntry, List<MenuItem>> menu) {
        this.menu = menu;
    }

    public ObjectProperty<CatalogEntry> selectedProperty() {
        return selected;
    }

    /** Selects the table of that name, now or when the next refresh lists it (a view just imported). */
    public void select(String name) {
        wanted = null;
        for (TreeItem<Node> item : tree.getRoot().getChildren()) {
            if (item.getValue().table().qualifiedName().equalsIgnoreCase(name)) {
                tree.getSelectionModel().select(item);
                tree.scrollTo(tree.getRow(item));
                return;
            }
        }
        wanted = name;
    }

    private void openSelected() {
        TreeItem<Node> item = tree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue() != null) {
            onOpen.accept(item.getValue().table(), item.getValue().column());
        }
    }

    /** A name as SQL can use it: backquoted unless it is a plain identifier. */
    public static String sqlName(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*") ? name : "`" + name.replace("`", "``") + "`";
    }

    private void show(CatalogSnapshot snapshot) {
        for (TreeItem<Node> item : tree.getRoot().getChildren()) {
            String name = item.getValue().table().qualifiedName();
            if (item.isExpanded()) {
                expanded.add(name);
            } else {
                expanded.remove(name);
            }
        }
        CatalogEntry wasSelected = selected.get();
        shown = snapshot;
        String match = filter.getText() == null ? "" : filter.getText().trim().toLowerCase(Locale.ROOT);
        tree.getRoot().getChildren().clear();
        for (CatalogEntry table : snapshot.entries()) {
            boolean tableMatches = table.qualifiedName().toLowerCase(Locale.ROOT).contains(match);
            List<ColumnInfo> columns = tableMatches ? table.columns() : table.columns().stream()
                    .filter(c -> c.name().toLowerCase(Locale.ROOT).contains(match)).toList();
            if (!tableMatches && columns.isEmpty()) {
                continue;
            }
            TreeItem<Node> item = new TreeItem<>(new Node(table, null));
            columns.forEach(c -> item.getChildren().add(new TreeItem<>(new Node(table, c))));
            item.setExpanded(expanded.contains(table.qualifiedName()) || (!match.isEmpty() && !tableMatches));
            tree.getRoot().getChildren().add(item);
        }
        if (wanted != null) {
            select(wanted);
        } else if (wasSelected != null) {
            select(wasSelected.qualifiedName());
            wanted = null;
        }
    }

    private final class Cell extends TreeCell<Node> {

        private final Label name = new Label();
        private final Label type = new Label();
        private final HBox box = new HBox(6, name, type);

        Cell() {
            type.getStyleClass().add("catalog-type");
        }

        @Override
        protected void updateItem(Node node, boolean empty) {
            super.updateItem(node, empty);
            setText(null);
            if (empty || node == null) {
                setGraphic(null);
                setContextMenu(null);
                setTooltip(null);
                return;
            }
            if (node.column() == null) {
                CatalogEntry table = node.table();
                name.setText(table.qualifiedName());
                type.setText(table.temporary() ? "view" : "table");
                List<MenuItem> items = menu.apply(table);
                setContextMenu(items.isEmpty() ? null : new ContextMenu(items.toArray(MenuItem[]::new)));
            } else {
                name.setText(node.column().name());
                type.setText(node.column().type());
                setContextMenu(null);
            }
            getStyleClass().removeAll("catalog-table", "catalog-column");
            getStyleClass().add(node.column() == null ? "catalog-table" : "catalog-column");
            setGraphic(box);
        }
    }
}

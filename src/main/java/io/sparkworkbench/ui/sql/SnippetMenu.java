package io.sparkworkbench.ui.sql;

import io.sparkworkbench.engine.sql.QueryLibrary;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** "Query library": the built-in queries, then the user's snippets (open or delete), rebuilt on opening. */
final class SnippetMenu extends MenuButton {

    SnippetMenu(SqlViewModel model) {
        super("Query library");
        setId("sql-library");
        setOnShowing(e -> fill(model));
        fill(model);
    }

    private void fill(SqlViewModel model) {
        getItems().clear();
        for (QueryLibrary.Entry entry : QueryLibrary.all()) {
            MenuItem item = new MenuItem(entry.title());
            item.setId("sql-library-" + entry.id());
            item.setOnAction(e -> model.newDocument(entry.title(), entry.sql()));
            getItems().add(item);
        }
        getItems().add(new SeparatorMenuItem());
        if (model.snippets().all().isEmpty()) {
            MenuItem none = new MenuItem("No saved snippets yet: use Save snippet…");
            none.setDisable(true);
            getItems().add(none);
            return;
        }
        Menu delete = new Menu("Delete snippet");
        for (SnippetStore.Snippet snippet : model.snippets().all()) {
            MenuItem open = new MenuItem(snippet.name());
            open.setMnemonicParsing(false);
            open.getStyleClass().add("sql-snippet");
            open.setOnAction(e -> model.newDocument(snippet.name(), snippet.sql()));
            getItems().add(open);
            MenuItem remove = new MenuItem(snippet.name());
            remove.setMnemonicParsing(false);
            remove.setOnAction(e -> model.snippets().delete(snippet.name()));
            delete.getItems().add(remove);
        }
        getItems().add(delete);
    }
}

package io.sparkworkbench.ui.sql;

import io.sparkworkbench.engine.sql.SqlScript;
import io.sparkworkbench.engine.sql.SqlStatement;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Named snippets the user keeps: saved by name (replacing the same name), deleted, persisted at once. */
public final class SqlSnippets {

    private final ObservableList<SnippetStore.Snippet> list = FXCollections.observableArrayList();
    private final Consumer<String> status;
    private SnippetStore store;

    SqlSnippets(Consumer<String> status) {
        this.status = status;
    }

    /** Loads the saved snippets; later changes are written back to the same store. */
    public void use(SnippetStore snippetStore) {
        store = snippetStore;
        list.setAll(snippetStore.load());
    }

    /**
     * Keeps the selection, or the statement at the caret, under {@code name}. Returns false and says why
     * when there is nothing to keep or no name.
     */
    public boolean save(String name, String text, int selectionStart, int selectionEnd, int caret) {
        String sql = selectionEnd > selectionStart ? text.substring(selectionStart, selectionEnd).strip()
                : SqlScript.at(text, caret).map(SqlStatement::text).orElse("");
        if (name == null || name.isBlank() || sql.isEmpty()) {
            status.accept(sql.isEmpty() ? "Nothing to save: select SQL or put the caret in a statement" : "A snippet needs a name");
            return false;
        }
        list.removeIf(s -> s.name().equals(name.strip()));
        list.add(new SnippetStore.Snippet(name.strip(), sql));
        persist("Saved snippet \"" + name.strip() + "\"");
        return true;
    }

    public void delete(String name) {
        if (list.removeIf(s -> s.name().equals(name))) {
            persist("Deleted snippet \"" + name + "\"");
        }
    }

    public ObservableList<SnippetStore.Snippet> all() {
        return list;
    }

    private void persist(String done) {
        String problem = store == null ? "" : store.save(List.copyOf(list));
        status.accept(problem.isEmpty() ? done : problem);
    }
}

package io.sparkworkbench.ui.sql;

import io.sparkworkbench.ui.common.KeyHint;
import io.sparkworkbench.ui.common.WorkbenchTab;
import java.util.List;
import javafx.scene.Node;

/** The SQL tab as a plug-in of the main window; its workspace is restored when it is built. */
public final class SqlTab implements WorkbenchTab {

    public static final String ID = "sql";

    private final SqlViewModel model;
    private final SqlWorkspace workspace;
    private SqlTabView view;

    public SqlTab(SqlViewModel model, SqlWorkspace workspace) {
        this.model = model;
        this.workspace = workspace;
        SqlWorkspace.Snapshot saved = workspace.load();
        model.restore(saved.documents(), saved.selected(), saved.history());
        if (model.documents().isEmpty()) {
            model.newDocument(SqlTab.WELCOME);
        }
        model.snippets().use(new SnippetStore(workspace.folder()));
        // No catalog read here: at start the session is empty and opening the data set reads it anyway.
    }

    static final String WELCOME = """
            -- Ctrl+Enter runs the statement at the caret; Ctrl+Shift+Enter runs them all.
            SELECT p.category, count(DISTINCT o.order_id) AS orders, round(sum(i.line_total), 2) AS revenue
            FROM orders o
            JOIN order_items i ON i.order_id = o.order_id
            JOIN products p ON p.product_id = i.product_id
            GROUP BY p.category
            ORDER BY revenue DESC;
            """;

    /** Completion wants the session's views: read them unless a recent (or running) read has them. */
    @Override
    public void shown() {
        model.refreshCatalogIfStale();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<KeyHint> keyHints() {
        return List.of(
                new KeyHint(SqlEditor.RUN, "Run the statement at the caret (or the selection)"),
                new KeyHint(SqlEditor.RUN_SCRIPT, "Run the whole script"),
                new KeyHint(SqlEditor.COMPLETE, "Complete a name"),
                new KeyHint(SqlEditor.COMMENT, "Comment or uncomment the selected lines"),
                new KeyHint(SqlEditor.FIND, "Find"),
                new KeyHint(SqlEditor.REPLACE, "Find and replace"),
                new KeyHint(SqlEditor.FORMAT, "Format SQL"));
    }

    @Override
    public void saveState() {
        saveNow();
    }

    @Override
    public String title() {
        return "SQL";
    }

    @Override
    public Node content() {
        if (view == null) {
            view = new SqlTabView(model, workspace);
        }
        return view;
    }

    /** Called when the window closes: the last keystrokes are saved too, and this waits until they are. */
    public void saveNow() {
        if (view != null) {
            view.save(workspace);
        }
        workspace.flush();
    }
}

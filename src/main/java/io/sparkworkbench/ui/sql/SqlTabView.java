package io.sparkworkbench.ui.sql;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import io.sparkworkbench.ui.catalog.CatalogTree;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;

/** The SQL tab: editor tabs over result tabs, a toolbar with Run, Run script and Stop, and a status line. */
public final class SqlTabView extends BorderPane {

    private final SqlViewModel model;
    private final TabPane editors = new TabPane();
    private final TabPane results = new TabPane();
    private final Map<SqlDocument, Tab> tabs = new HashMap<>();
    private final Label status = new Label();

    public SqlTabView(SqlViewModel model, SqlWorkspace workspace) {
        this.model = model;
        editors.setId("sql-editors");
        results.setId("sql-results");
        results.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        editors.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && e.getTarget() instanceof javafx.scene.Node node && isTabHeader(node)) {
                renameCurrent();
            }
        });
        model.documents().forEach(this::addEditor);
        model.documents().addListener((ListChangeListener<SqlDocument>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(d -> editors.getTabs().remove(tabs.remove(d)));
                c.getAddedSubList().forEach(this::addEditor);
            }
        });
        selectEditor(model.currentProperty().get());
        model.currentProperty().addListener((obs, old, doc) -> selectEditor(doc));
        editors.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab != null) {
                model.currentProperty().set(((SqlEditor) tab.getContent()).document());
            }
        });
        model.results().addListener((ListChangeListener<SqlResultModel>) c -> showResults());
        model.explainedProperty().addListener((obs, old, plan) -> {
            if (plan != null) {
                results.getTabs().removeIf(t -> "sql-plan-tab".equals(t.getId()));
                Tab tab = new Tab("Plan", new PlanView(plan));
                tab.setId("sql-plan-tab");
                results.getTabs().add(tab);
                results.getSelectionModel().select(tab);
            }
        });
        model.lastErrorProperty().addListener((obs, old, e) -> {
            if (e != null && tabs.containsKey(e.document())) {
                ((SqlEditor) tabs.get(e.document()).getContent()).showError(e.error());
            }
        });

        status.setId("sql-status");
        status.textProperty().bind(model.statusProperty());
        Label empty = new Label("Results appear here. Ctrl+Enter runs the statement at the caret, "
                + "Ctrl+Shift+Enter the whole script.");
        empty.getStyleClass().add("form-hint");
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(results.getTabs()));
        SplitPane editorsAndHistory = new SplitPane(editors, new HistoryPanel(model, this::openInNewTab));
        editorsAndHistory.setDividerPositions(0.75);
        SplitPane split = new SplitPane(editorsAndHistory, new javafx.scene.layout.StackPane(results, empty));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        SplitPane withCatalog = new SplitPane(catalogTree(), split);
        withCatalog.setDividerPositions(0.17);
        SplitPane.setResizableWithParent(withCatalog.getItems().get(0), false);
        setTop(toolbar());
        setCenter(withCatalog);
        setBottom(status);
        BorderPane.setMargin(status, new Insets(2, 8, 2, 8));
        setId("sql-view");
        autosave(workspace);
    }

    private javafx.scene.layout.HBox toolbar() {
        Button run = button("sql-run", "Run", "Run the selection, or the statement at the caret (Ctrl+Enter)");
        run.setOnAction(e -> run(false));
        run.disableProperty().bind(model.runningProperty());
        Button script = button("sql-run-script", "Run script", "Run every statement in order (Ctrl+Shift+Enter)");
        script.setOnAction(e -> run(true));
        script.disableProperty().bind(model.runningProperty());
        Button stop = button("sql-stop", "Stop", "Cancel the running statement's Spark jobs");
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(e -> model.stop());
        Button explain = button("sql-explain", "Explain", "Show the physical plan of the statement at the caret, without running it");
        explain.setOnAction(e -> currentEditor().ifPresent(editor -> {
            var area = editor.area();
            var selection = area.getSelection();
            model.explainAtCaret(area.getText(), selection.getStart(), selection.getEnd(), area.getCaretPosition());
        }));
        Button add = button("sql-new-tab", "New tab", "Open another editor tab");
        add.setOnAction(e -> model.newDocument(""));
        javafx.scene.control.MenuButton library = new SnippetMenu(model);
        Button keep = button("sql-save-snippet", "Save snippet…", "Keep the selection, or the statement at the caret, under a name");
        keep.setOnAction(e -> currentEditor().ifPresent(editor -> {
            var area = editor.area();
            var selection = area.getSelection();
            TextInputDialog ask = new TextInputDialog();
            ask.initOwner(getScene().getWindow());
            ask.setTitle("Save snippet");
            ask.setHeaderText("Name for this snippet (it appears under Query library)");
            ask.showAndWait().ifPresent(name ->
                    model.snippets().save(name, area.getText(), selection.getStart(), selection.getEnd(), area.getCaretPosition()));
        }));
        Label hint = new Label("Ctrl+/ comments lines · double-click a tab to rename it");
        hint.getStyleClass().add("form-hint");
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(8, run, script, stop, explain, add, library, keep, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.setId("sql-toolbar");
        return bar;
    }

    /** The shared catalog: double click inserts a table or column name at the caret. */
    private CatalogTree catalogTree() {
        CatalogTree tree = new CatalogTree(model.catalog(), "sql-catalog");
        tree.setOnOpen((table, column) -> currentEditor().ifPresent(editor -> {
            String name = column == null ? CatalogTree.sqlName(table.qualifiedName()) : CatalogTree.sqlName(column.name());
            editor.area().replaceSelection(name);
            editor.area().requestFocus();
        }));
        tree.setMenu(table -> {
            MenuItem select = new MenuItem("Select first 100 rows");
            select.setOnAction(e -> {
                model.newDocument(table.name(), "SELECT * FROM " + CatalogTree.sqlName(table.qualifiedName()) + " LIMIT 100");
                run(false);
            });
            MenuItem insert = new MenuItem("Insert name");
            insert.setOnAction(e -> currentEditor().ifPresent(editor ->
                    editor.area().replaceSelection(CatalogTree.sqlName(table.qualifiedName()))));
            return java.util.List.of(select, insert);
        });
        return tree;
    }

    private void openInNewTab(String sql) {
        model.newDocument(sql);
    }

    private static Button button(String id, String text, String tooltip) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }

    private void run(boolean wholeScript) {
        currentEditor().ifPresent(editor -> {
            var area = editor.area();
            if (wholeScript) {
                model.runScript(area.getText());
            } else {
                var selection = area.getSelection();
                model.runAtCaret(area.getText(), selection.getStart(), selection.getEnd(), area.getCaretPosition());
            }
        });
    }

    private Optional<SqlEditor> currentEditor() {
        Tab tab = editors.getSelectionModel().getSelectedItem();
        return tab == null ? Optional.empty() : Optional.of((SqlEditor) tab.getContent());
    }

    private void addEditor(SqlDocument doc) {
        SqlEditor editor = new SqlEditor(doc, () -> run(false), () -> run(true), model.catalogProperty(),
                model::refreshCatalog, model::refreshCatalogIfStale);
        Tab tab = new Tab();
        tab.textProperty().bind(doc.nameProperty());
        tab.setContent(editor);
        tab.setOnCloseRequest(e -> {
            e.consume();
            if (SqlCloseDialog.confirm(getScene() == null ? null : getScene().getWindow(), doc)) {
                model.close(doc);
            }
        });
        tab.setTooltip(new Tooltip("Double-click to rename"));
        tab.getStyleClass().add("sql-editor-tab");
        tabs.put(doc, tab);
        editors.getTabs().add(tab);
    }

    private static boolean isTabHeader(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("tab")) {
                return true;
            }
            if (n instanceof SqlEditor) {
                return false;
            }
        }
        return false;
    }

    private void renameCurrent() {
        SqlDocument doc = model.currentProperty().get();
        if (doc == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(doc.name());
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle("Rename tab");
        dialog.setHeaderText("New name for \"" + doc.name() + "\"");
        dialog.showAndWait().map(String::trim).filter(n -> !n.isEmpty()).ifPresent(doc.nameProperty()::set);
    }

    private void selectEditor(SqlDocument doc) {
        Tab tab = tabs.get(doc);
        if (tab != null) {
            editors.getSelectionModel().select(tab);
        }
    }

    private void showResults() {
        results.getTabs().clear();
        for (SqlResultModel result : model.results()) {
            Tab tab = new Tab();
            tab.textProperty().bind(result.titleProperty());
            tab.setContent(new ResultView(result, model.exportFolder()));
            results.getTabs().add(tab);
        }
        if (!results.getTabs().isEmpty()) {
            results.getSelectionModel().selectLast();
        }
        model.results().forEach(r -> r.runningProperty().addListener((obs, was, now) -> {
            if (!now && r.errorProperty().get() != null) {
                results.getTabs().stream().filter(t -> t.getContent() instanceof ResultView)
                        .skip(model.results().indexOf(r)).findFirst().ifPresent(t -> results.getSelectionModel().select(t));
            }
        }));
    }

    /** Saves the tabs and history every 3 seconds when they changed; the app saves once more on close. */
    private void autosave(SqlWorkspace workspace) {
        Timeline timeline = new Timeline(new KeyFrame(Duration.seconds(3), e -> save(workspace)));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.play();
        status.setAlignment(Pos.CENTER_LEFT);
    }

    /** Hands the tabs and history to the workspace's writer thread; a problem comes back to the status line. */
    void save(SqlWorkspace workspace) {
        workspace.saveInBackground(model.documents(), model.documents().indexOf(model.currentProperty().get()),
                model.history(), problem -> {
                    if (!problem.isEmpty()) {
                        javafx.application.Platform.runLater(() -> model.statusProperty().set(problem));
                    }
                });
    }
}

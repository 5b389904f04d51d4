package io.sparkworkbench.ui.shell;

import io.sparkworkbench.engine.SettingsStore;
import io.sparkworkbench.ui.common.FrameSampler;
import io.sparkworkbench.ui.common.TabHost;
import io.sparkworkbench.ui.common.WorkbenchTab;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The window: menus, the registered tabs, the jobs panel and the status bar. Engine state reaches it
 * only through a {@link FrameSampler}; nothing here waits on Spark.
 */
public final class MainWindow {

    static final String TAB_KEY = "ui.tab";
    static final String JOBS_KEY = "ui.jobsPanel";
    private static final double JOBS_DIVIDER = 0.78;

    private final Stage stage;
    private final ShellContext context;
    private final List<WorkbenchTab> tabs;
    private final TabPane tabPane = new TabPane();
    private final SplitPane split = new SplitPane();
    private final JobsPanel jobsPanel;
    private final ToggleButton jobsToggle = new ToggleButton("Jobs");
    private final FrameSampler sampler = new FrameSampler(100);
    private final Scene scene;
    private Theme theme;

    public MainWindow(Stage stage, ShellContext context, List<WorkbenchTab> tabs) {
        this.stage = stage;
        this.context = context;
        this.tabs = List.copyOf(tabs);
        SettingsStore settings = context.settings();

        JobsViewModel jobs = new JobsViewModel(context.engine().jobs()::snapshot, context.engine()::cancel);
        StatusBarViewModel status = new StatusBarViewModel(context.engine()::status);
        sampler.add(jobs::refresh);
        sampler.add(status::refresh);
        jobsPanel = new JobsPanel(jobs);
        jobsToggle.setId("jobs-toggle");
        jobs.runningProperty().addListener((obs, old, n) ->
                jobsToggle.setText(n.longValue() > 0 ? "Jobs (" + n + " running)" : "Jobs"));

        TabHost host = new TabHost() {
            @Override
            public javafx.stage.Window owner() {
                return stage;
            }

            @Override
            public void select(String tabId) {
                selectTab(tabId);
            }

            @Override
            public void notice(String tabId, String text) {
                status.setNotice(tabId, text);
            }
        };
        this.tabs.forEach(tab -> tab.attach(host));
        for (WorkbenchTab tab : this.tabs) {
            // Content is built when the tab is first shown: the first frame lays out and styles one tab, not all.
            Tab fxTab = new Tab(tab.title());
            fxTab.setId("tab-" + tab.id());
            fxTab.setClosable(false);
            fxTab.setUserData(tab.id());
            tabPane.getTabs().add(fxTab);
        }
        tabPane.setId("main-tabs");
        selectTab(settings.get(TAB_KEY, ""));
        tabPane.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab != null) {
                settings.put(TAB_KEY, (String) tab.getUserData());
                shown(tab);
            }
        });
        shown(tabPane.getSelectionModel().getSelectedItem());

        split.setOrientation(Orientation.VERTICAL);
        split.getItems().add(tabPane);
        jobsToggle.selectedProperty().addListener((obs, old, show) -> showJobs(show));
        jobsToggle.setSelected(Boolean.parseBoolean(settings.get(JOBS_KEY, "true")));
        showJobs(jobsToggle.isSelected());

        theme = Theme.parse(settings.get(Theme.SETTINGS_KEY, "light"));
        BorderPane root = new BorderPane(split);
        root.setId("workbench-root");
        root.setTop(new MainMenus(this, this.tabs).menuBar());
        SettingsActions clusterActions = new SettingsActions(context.engine(), settings, this::sessionRestarted);
        root.setBottom(new StatusBar(status, jobsToggle, clusterActions::reconnect, clusterActions::switchToLocal));
        scene = new Scene(root, 1280, 820);
        acceptDroppedFiles(scene);
        setTheme(theme);
        stage.setScene(scene);
        stage.setTitle("Spark Workbench");
        stage.setMinWidth(800);
        stage.setMinHeight(520);
        // The stage may already be showing (a window rebuilt on the same stage): then sample at once.
        if (stage.isShowing()) {
            sampler.start();
        }
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> sampler.start());
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> sampler.stop());
    }

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return scene;
    }

    ShellContext context() {
        return context;
    }

    Theme theme() {
        return theme;
    }

    void setTheme(Theme newTheme) {
        theme = newTheme;
        theme.apply(scene);
        tabs.forEach(t -> t.setDarkTheme(theme.isDark()));
        context.settings().put(Theme.SETTINGS_KEY, theme.name().toLowerCase(java.util.Locale.ROOT));
    }

    ToggleButton jobsToggle() {
        return jobsToggle;
    }

    public void selectTab(String id) {
        tabPane.getTabs().stream().filter(t -> id.equals(t.getUserData())).findFirst()
                .ifPresent(t -> tabPane.getSelectionModel().select(t));
    }

    void nextTab() {
        var model = tabPane.getSelectionModel();
        model.select((model.getSelectedIndex() + 1) % tabPane.getTabs().size());
    }

    /** A file or folder dropped anywhere on the window opens the import dialog for it. */
    private void acceptDroppedFiles(Scene target) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            var files = e.getDragboard().getFiles();
            boolean accepted = files != null && !files.isEmpty();
            if (accepted) {
                // Handled after the drop completes: a modal dialog inside the drop handler would block the drag source.
                java.nio.file.Path file = files.get(0).toPath();
                javafx.application.Platform.runLater(() -> offerDroppedFile(file));
            }
            e.setDropCompleted(accepted);
            e.consume();
        });
    }

    /** The first tab that takes the file gets it (and comes to the front). */
    private void offerDroppedFile(java.nio.file.Path file) {
        for (WorkbenchTab tab : tabs) {
            if (tab.openDroppedFile(file)) {
                return;
            }
        }
    }

    /** A restarted session has none of the old views: every tab registers again what it had open. */
    void sessionRestarted() {
        tabs.forEach(WorkbenchTab::sessionRestarted);
    }

    /** The window is closing: every tab saves what the user made. */
    public void saveAll() {
        tabs.forEach(WorkbenchTab::saveState);
    }

    private void shown(Tab fxTab) {
        if (fxTab != null) {
            tabs.stream().filter(t -> t.id().equals(fxTab.getUserData())).findFirst().ifPresent(tab -> {
                if (fxTab.getContent() == null) {
                    fxTab.setContent(tab.content());
                    // Built after a theme switch: the tab's canvases and charts take the window's theme now.
                    tab.setDarkTheme(theme != null && theme.isDark());
                }
                tab.shown();
            });
        }
    }

    private void showJobs(boolean show) {
        if (show && !split.getItems().contains(jobsPanel)) {
            split.getItems().add(jobsPanel);
            split.setDividerPositions(JOBS_DIVIDER);
        } else if (!show) {
            split.getItems().remove(jobsPanel);
        }
        context.settings().put(JOBS_KEY, Boolean.toString(show));
    }
}

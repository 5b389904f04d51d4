package io.sparkworkbench.ui.shell;

import io.sparkworkbench.engine.EngineSettings;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.DirectoryChooser;

/** File, View and Help menus of the main window. */
final class MainMenus {

    private final MainWindow window;

    MainMenus(MainWindow window) {
        this.window = window;
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), viewMenu(), helpMenu());
        bar.setId("main-menu");
        return bar;
    }

    private Menu fileMenu() {
        MenuItem open = item("menu-open", "Open data folder…", Shortcut.OPEN_FOLDER);
        open.setOnAction(e -> chooseFolder());
        Menu recent = new Menu("Recent folders");
        recent.setId("menu-recent");
        recent.getItems().add(new MenuItem("(none)"));
        recent.setOnShowing(e -> fillRecent(recent));
        MenuItem importFile = item("menu-import", "Import file…", Shortcut.IMPORT_FILE);
        importFile.setOnAction(e -> chooseImport());
        MenuItem importFolder = new MenuItem("Import folder of part files…");
        importFolder.setId("menu-import-folder");
        importFolder.setOnAction(e -> io.sparkworkbench.ui.common.DataFileChooser.chooseFolder(window.stage())
                .ifPresent(folder -> window.context().importFile().accept(window.stage(), folder)));
        MenuItem settings = item("menu-settings", "Settings…", Shortcut.SETTINGS);
        settings.setOnAction(e -> openSettings());
        MenuItem quit = item("menu-quit", "Quit", Shortcut.QUIT);
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu("File", null, open, recent, importFile, importFolder, new SeparatorMenuItem(), settings, new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        // Submenus fill on showing only; refresh when the parent opens too so keyboard users see them.
        file.setOnShowing(e -> fillRecent(recent));
        return file;
    }

    private Menu viewMenu() {
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light theme");
        light.setId("menu-theme-light");
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        dark.setId("menu-theme-dark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (window.theme().isDark() ? dark : light).setSelected(true);
        light.setOnAction(e -> window.setTheme(Theme.LIGHT));
        dark.setOnAction(e -> window.setTheme(Theme.DARK));
        MenuItem toggleTheme = item("menu-theme-toggle", "Switch theme", Shortcut.TOGGLE_THEME);
        toggleTheme.setOnAction(e -> {
            Theme next = window.theme().isDark() ? Theme.LIGHT : Theme.DARK;
            window.setTheme(next);
            (next.isDark() ? dark : light).setSelected(true);
        });
        CheckMenuItem jobs = new CheckMenuItem("Jobs panel");
        jobs.setId("menu-jobs");
        jobs.setAccelerator(Shortcut.TOGGLE_JOBS.combination());
        jobs.selectedProperty().bindBidirectional(window.jobsToggle().selectedProperty());
        MenuItem next = item("menu-next-tab", "Next tab", Shortcut.NEXT_TAB);
        next.setOnAction(e -> window.nextTab());
        Menu view = new Menu("View", null, light, dark, toggleTheme, new SeparatorMenuItem(), jobs, next);
        view.setId("menu-view");
        return view;
    }

    private Menu helpMenu() {
        MenuItem shortcuts = item("menu-shortcuts", "Keyboard shortcuts", Shortcut.SHORTCUTS);
        shortcuts.setOnAction(e -> HelpDialogs.shortcuts(window.stage()).show());
        MenuItem about = new MenuItem("About Spark Workbench");
        about.setId("menu-about");
        about.setOnAction(e -> HelpDialogs.about(window.stage(), window.context()).show());
        Menu help = new Menu("Help", null, shortcuts, about);
        help.setId("menu-help");
        return help;
    }

    private void fillRecent(Menu recent) {
        List<Path> folders = window.context().settings().recentFolders();
        recent.getItems().clear();
        if (folders.isEmpty()) {
            MenuItem none = new MenuItem("(none yet)");
            none.setDisable(true);
            recent.getItems().add(none);
            return;
        }
        for (Path folder : folders) {
            MenuItem item = new MenuItem(folder.toString());
            item.setMnemonicParsing(false);
            item.setDisable(!Files.isDirectory(folder));
            item.setOnAction(e -> window.context().openDataFolder().accept(folder));
            recent.getItems().add(item);
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a data folder (one sub-folder per table)");
        List<Path> recent = window.context().settings().recentFolders();
        if (!recent.isEmpty() && Files.isDirectory(recent.get(0).getParent())) {
            chooser.setInitialDirectory(recent.get(0).getParent().toFile());
        }
        File chosen = chooser.showDialog(window.stage());
        if (chosen != null) {
            window.context().openDataFolder().accept(chosen.toPath());
        }
    }

    private void chooseImport() {
        io.sparkworkbench.ui.common.DataFileChooser.choose(window.stage())
                .ifPresent(file -> window.context().importFile().accept(window.stage(), file));
    }

    private void openSettings() {
        EngineSettings current = window.context().engine().settings();
        if (current == null) {
            current = window.context().settings().engineSettings();
        }
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        var store = window.context().settings();
        SettingsViewModel model = new SettingsViewModel(current,
                SettingsViewModel.parseRowCap(store.get(SettingsViewModel.ROW_CAP_KEY, "")));
        model.connection().setTester(window.context().engine()::testConnection, new io.sparkworkbench.ui.common.FxTaskRunner());
        new SettingsDialog(window.stage(), model, cores).ask().ifPresent(chosen -> {
            store.put(SettingsViewModel.ROW_CAP_KEY, Integer.toString(model.rowCap()));
            new SettingsActions(window.context().engine(), store, window.context().afterRestart())
                    .apply(chosen, this::confirmRestart);
        });
    }

    private boolean confirmRestart() {
        ButtonType restart = new ButtonType("Restart Spark now", ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType("Later", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "The connection, Spark UI or data folder changed. They take effect when Spark restarts; "
                        + "running jobs are stopped and views must be registered again.", restart, later);
        alert.initOwner(window.stage());
        alert.setHeaderText("Restart the Spark session?");
        return alert.showAndWait().filter(restart::equals).isPresent();
    }

    private static MenuItem item(String id, String text, Shortcut shortcut) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(shortcut.combination());
        return item;
    }
}

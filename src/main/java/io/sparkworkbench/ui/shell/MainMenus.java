package io.sparkworkbench.ui.shell;

import io.sparkworkbench.engine.EngineSettings;
import io.sparkworkbench.ui.common.TabAction;
import io.sparkworkbench.ui.common.WorkbenchTab;
import java.util.ArrayList;
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
import javafx.scene.input.KeyCombination;

/** The window's menus: File (the tabs' items, Settings, Quit), View, a menu per tab that brings items, Help. */
final class MainMenus {

    private final MainWindow window;
    private final List<WorkbenchTab> tabs;

    MainMenus(MainWindow window, List<WorkbenchTab> tabs) {
        this.window = window;
        this.tabs = tabs;
    }

    MenuBar menuBar() {
        List<Menu> menus = new ArrayList<>(List.of(fileMenu(), viewMenu()));
        for (WorkbenchTab tab : tabs) {
            List<MenuItem> own = items(tab, TabAction.Placement.TAB_MENU);
            if (!own.isEmpty()) {
                Menu menu = new Menu(tab.title(), null, own.toArray(MenuItem[]::new));
                menu.setId("menu-tab-" + tab.id());
                menus.add(menu);
            }
        }
        menus.add(helpMenu());
        MenuBar bar = new MenuBar(menus.toArray(Menu[]::new));
        bar.setId("main-menu");
        return bar;
    }

    private Menu fileMenu() {
        Menu file = new Menu("File");
        file.setId("menu-file");
        for (WorkbenchTab tab : tabs) {
            file.getItems().addAll(items(tab, TabAction.Placement.FILE_MENU));
        }
        if (!file.getItems().isEmpty()) {
            file.getItems().add(new SeparatorMenuItem());
        }
        MenuItem settings = item("menu-settings", "Settings…", Shortcut.SETTINGS);
        settings.setOnAction(e -> openSettings());
        MenuItem quit = item("menu-quit", "Quit", Shortcut.QUIT);
        quit.setOnAction(e -> Platform.exit());
        file.getItems().addAll(settings, new SeparatorMenuItem(), quit);
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
        for (int i = 0; i < tabs.size() && i < 9; i++) {
            WorkbenchTab tab = tabs.get(i);
            MenuItem go = new MenuItem(tab.title() + " tab");
            go.setId("menu-go-" + tab.id());
            go.setAccelerator(goToTabKeys(i));
            go.setOnAction(e -> window.selectTab(tab.id()));
            view.getItems().add(go);
        }
        view.setId("menu-view");
        return view;
    }

    /** Alt+1 … Alt+9 bring the tabs to the front in their order. */
    static KeyCombination goToTabKeys(int index) {
        return KeyCombination.keyCombination("Alt+" + (index + 1));
    }

    private Menu helpMenu() {
        MenuItem shortcuts = item("menu-shortcuts", "Keyboard shortcuts", Shortcut.SHORTCUTS);
        shortcuts.setOnAction(e -> HelpDialogs.shortcuts(window.stage(), tabs).show());
        MenuItem about = new MenuItem("About Spark Workbench");
        about.setId("menu-about");
        about.setOnAction(e -> HelpDialogs.about(window.stage(), window.context()).show());
        Menu help = new Menu("Help", null, shortcuts, about);
        help.setId("menu-help");
        return help;
    }

    private static List<MenuItem> items(WorkbenchTab tab, TabAction.Placement placement) {
        return tab.actions().stream().filter(a -> a.placement() == placement).map(MainMenus::toMenuItem).toList();
    }

    static MenuItem toMenuItem(TabAction action) {
        MenuItem item;
        if (action.submenu() != null) {
            Menu menu = new Menu(action.text());
            menu.getItems().add(new MenuItem("…"));
            // Filled as it opens; the parent menu's showing fills it too, so keyboard users see fresh items.
            menu.setOnShowing(e -> fill(menu, action));
            menu.parentMenuProperty().addListener((obs, old, parent) -> {
                if (parent != null) {
                    parent.addEventHandler(Menu.ON_SHOWING, e -> fill(menu, action));
                }
            });
            item = menu;
        } else {
            item = new MenuItem(action.text());
            item.setOnAction(e -> action.run().run());
            item.setAccelerator(action.keys());
        }
        item.setId(action.id());
        item.setMnemonicParsing(false);
        item.setDisable(!action.enabled());
        return item;
    }

    private static void fill(Menu menu, TabAction action) {
        List<TabAction> children = action.submenu().get();
        menu.getItems().clear();
        if (children.isEmpty()) {
            MenuItem none = new MenuItem("(none yet)");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        children.forEach(child -> menu.getItems().add(toMenuItem(child)));
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
            new SettingsActions(window.context().engine(), store, window::sessionRestarted)
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

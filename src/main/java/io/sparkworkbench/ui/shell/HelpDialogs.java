package io.sparkworkbench.ui.shell;

import io.sparkworkbench.engine.EngineStatus;
import io.sparkworkbench.ui.common.TabAction;
import io.sparkworkbench.ui.common.WorkbenchTab;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help → About and Help → Keyboard shortcuts. */
final class HelpDialogs {

    private HelpDialogs() {
    }

    static Alert about(Window owner, ShellContext context) {
        EngineStatus status = context.engine().status();
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("About Spark Workbench");
        alert.setHeaderText("Spark Workbench " + context.version());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        String[][] rows = {
            {"Spark", status.sparkVersion().isBlank() ? StatusBarViewModel.describe(status) : status.sparkVersion()},
            {"Master", status.master()},
            {"Driver", status.driverHost().isEmpty() ? "(not started)" : status.driverHost() + " · port " + status.driverPort()
                    + " · block manager port " + status.blockManagerPort()},
            {"Executors", status.isCluster() ? status.executors() + " connected, " + status.executorCores() + " cores"
                    : "none: tasks run inside this app"},
            {"Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"},
            {"JavaFX", System.getProperty("javafx.runtime.version", "?")},
            {"Data folder", String.valueOf(context.engine().settings() == null ? "" : context.engine().settings().dataFolder())},
            {"Log file", context.logFolder().resolve("workbench.log").toString()},
        };
        for (int i = 0; i < rows.length; i++) {
            grid.addRow(i, new Label(rows[i][0]), new Label(rows[i][1]));
        }
        alert.getDialogPane().setContent(grid);
        return alert;
    }

    static Alert shortcuts(Window owner, List<WorkbenchTab> tabs) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        List<String[]> rows = shortcutRows(tabs);
        for (int row = 0; row < rows.size(); row++) {
            String[] cells = rows.get(row);
            if (cells.length == 1) {
                Label heading = new Label(cells[0]);
                heading.getStyleClass().add("shortcut-heading");
                grid.add(heading, 0, row, 2, 1);
            } else {
                Label keys = new Label(cells[0]);
                keys.getStyleClass().add("shortcut-keys");
                grid.addRow(row, keys, new Label(cells[1]));
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(520, rows.size() * 24.0));
        alert.getDialogPane().setContent(scroll);
        return alert;
    }

    /** The Help page's lines: {keys, what they do}, or {heading} before each tab's own keys. */
    static List<String[]> shortcutRows(List<WorkbenchTab> tabs) {
        List<String[]> rows = new ArrayList<>();
        for (Shortcut shortcut : Shortcut.values()) {
            rows.add(new String[] {shortcut.displayText(), shortcut.description()});
        }
        for (int i = 0; i < tabs.size() && i < 9; i++) {
            rows.add(new String[] {MainMenus.goToTabKeys(i).getDisplayText(), "Show the " + tabs.get(i).title() + " tab"});
        }
        for (WorkbenchTab tab : tabs) {
            List<TabAction> actions = tab.actions().stream().filter(a -> a.keys() != null).toList();
            if (actions.isEmpty() && tab.keyHints().isEmpty()) {
                continue;
            }
            rows.add(new String[] {tab.title()});
            actions.forEach(a -> rows.add(new String[] {a.keys().getDisplayText(), a.description()}));
            tab.keyHints().forEach(h -> rows.add(new String[] {h.keys().getDisplayText(), h.description()}));
        }
        return rows;
    }
}

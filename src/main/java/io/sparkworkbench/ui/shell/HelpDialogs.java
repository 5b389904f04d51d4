package io.sparkworkbench.ui.shell;

import io.sparkworkbench.engine.EngineStatus;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
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

    static Alert shortcuts(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        int row = 0;
        for (Shortcut shortcut : Shortcut.values()) {
            Label keys = new Label(shortcut.displayText());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(shortcut.description()));
        }
        alert.getDialogPane().setContent(grid);
        return alert;
    }
}

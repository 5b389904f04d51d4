package io.sparkworkbench.ui.sql;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Closing an editor tab that holds text asks first: the text would be gone. */
final class SqlCloseDialog {

    private SqlCloseDialog() {
    }

    static boolean confirm(Window owner, SqlDocument doc) {
        if (doc.text().isBlank()) {
            return true;
        }
        ButtonType close = new ButtonType("Close and discard", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "\"" + doc.name() + "\" holds " + doc.text().lines().count() + " lines of SQL. Closing the tab discards them.",
                close, ButtonType.CANCEL);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setHeaderText("Close \"" + doc.name() + "\"?");
        return alert.showAndWait().filter(close::equals).isPresent();
    }
}

package io.sparkworkbench.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

/** A readable error: one sentence up front, the stack trace folded away underneath. */
public final class ErrorDialog {

    private ErrorDialog() {
    }

    public static Alert create(Window owner, String title, String message, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        if (error != null) {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            TextArea details = new TextArea(trace.toString());
            details.setEditable(false);
            details.setWrapText(false);
            details.setPrefRowCount(14);
            BorderPane expandable = new BorderPane(details);
            expandable.setTop(new Label("Details (also written to the log):"));
            alert.getDialogPane().setExpandableContent(expandable);
        }
        alert.setResizable(true);
        return alert;
    }

    public static void show(Window owner, String title, String message, Throwable error) {
        create(owner, title, message, error).show();
    }
}

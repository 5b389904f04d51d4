package io.sparkworkbench.ui.sql;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closing an editor tab that holds text asks first: save it to a .sql file, discard it, or keep the tab.
 * The text would otherwise be gone (the workspace only keeps open tabs).
 */
final class SqlCloseDialog {

    private static final Logger LOG = LoggerFactory.getLogger(SqlCloseDialog.class);

    private SqlCloseDialog() {
    }

    static boolean confirm(Window owner, SqlDocument doc) {
        if (doc.text().isBlank()) {
            return true;
        }
        ButtonType save = new ButtonType("Save as file…", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "\"" + doc.name() + "\" holds " + doc.text().lines().count() + " lines of SQL. Closing the tab discards them.",
                save, discard, ButtonType.CANCEL);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setHeaderText("Close \"" + doc.name() + "\"?");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == discard) {
            return true;
        }
        return answer == save && saveToFile(owner, doc);
    }

    /** True when the text is safely in a file (written to a temporary name, then moved into place). */
    private static boolean saveToFile(Window owner, SqlDocument doc) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save \"" + doc.name() + "\" as");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("SQL", "*.sql"));
        chooser.setInitialFileName(doc.name().replaceAll("[^\\w .-]", "_") + ".sql");
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return false;
        }
        Path target = chosen.toPath();
        try {
            Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".sql-save", ".tmp");
            Files.writeString(temp, doc.text(), StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            LOG.error("Could not save {} to {}", doc.name(), target, e);
            io.sparkworkbench.ui.common.ErrorDialog.show(owner, "Could not save the SQL",
                    "Could not write " + target + ": " + e.getMessage() + ". The tab stays open.", e);
            return false;
        }
    }
}

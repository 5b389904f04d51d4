package io.sparkworkbench.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The choosers for importing: a file of any format the import reads (or any file: the import says what it
 * is), or a folder of part files (what Spark writes).
 */
public final class DataFileChooser {

    private DataFileChooser() {
    }

    public static Optional<Path> choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a file as a view");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Data files", "*.csv", "*.tsv", "*.txt", "*.json", "*.jsonl", "*.ndjson",
                        "*.parquet", "*.orc"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File chosen = chooser.showOpenDialog(owner);
        return chosen == null ? Optional.empty() : Optional.of(chosen.toPath());
    }

    public static Optional<Path> chooseFolder(Window owner) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Import a folder of part files (Parquet, ORC, CSV or JSON) as a view");
        File chosen = chooser.showDialog(owner);
        return chosen == null ? Optional.empty() : Optional.of(chosen.toPath());
    }
}

package io.sparkworkbench.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The file chooser for importing: every format the import reads, and any file (the import says what it is). */
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
}

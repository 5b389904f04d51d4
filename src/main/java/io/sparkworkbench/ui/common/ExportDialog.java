package io.sparkworkbench.ui.common;

import io.sparkworkbench.engine.files.DataExports;
import io.sparkworkbench.engine.files.ExportRequest;
import io.sparkworkbench.engine.files.SourceFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;

/**
 * Export a view or a query's result: format, where, one file or a folder of part files (optionally
 * partitioned by columns). Overwriting asks first; the old data stay until the new are complete.
 */
public final class ExportDialog {

    private ExportDialog() {
    }

    /**
     * @param what  what is exported, in words ("orders", "the result")
     * @param name  the suggested file name, without extension
     * @param query the SELECT whose rows are written
     */
    public static Optional<ExportRequest> ask(Window owner, String what, String name, String query, List<String> columnNames,
                                              Path folder) {
        Dialog<ExportRequest> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export " + what);
        dialog.setHeaderText("Write every row of " + what + " with Spark's writers");
        ChoiceBox<SourceFormat> format = new ChoiceBox<>(FXCollections.observableArrayList(SourceFormat.values()));
        format.setId("export-format");
        format.setValue(SourceFormat.PARQUET);
        CheckBox single = new CheckBox("One file (else a folder of part files, written in parallel)");
        single.setId("export-single-file");
        CheckComboBox<String> partitionBy = new CheckComboBox<>(FXCollections.observableArrayList(columnNames));
        partitionBy.setId("export-partition-by");
        partitionBy.setTitle("not partitioned");
        TextField target = new TextField(folder.resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_")).toString());
        target.setId("export-target");
        target.setPrefColumnCount(36);
        Button browse = new Button("Browse…");
        browse.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        browse.setOnAction(e -> browse(owner, single.isSelected(), format.getValue(), target));
        HBox where = new HBox(6, target, browse);
        HBox.setHgrow(target, Priority.ALWAYS);
        Runnable singleOnlyWithoutPartitions = () -> {
            boolean partitioned = !partitionBy.getCheckModel().getCheckedItems().isEmpty();
            single.setDisable(partitioned);
            if (partitioned) {
                single.setSelected(false);
            }
        };
        partitionBy.getCheckModel().getCheckedItems().addListener(
                (javafx.collections.ListChangeListener<String>) c -> singleOnlyWithoutPartitions.run());
        // A single file gets the format's extension; switching format keeps the name in step.
        format.valueProperty().addListener((obs, old, now) -> target.setText(withExtension(target.getText(), single.isSelected(), old, now)));
        single.selectedProperty().addListener((obs, old, now) -> target.setText(withExtension(target.getText(), now,
                format.getValue(), format.getValue())));
        Label problem = new Label();
        problem.getStyleClass().add("form-error");
        GridPane grid = FormGrid.create();
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Partition by"), partitionBy);
        grid.add(single, 1, 2);
        grid.addRow(3, new Label("Write to"), where);
        grid.add(problem, 1, 4);
        dialog.getDialogPane().setContent(grid);
        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        Button exportButton = (Button) dialog.getDialogPane().lookupButton(export);
        exportButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            Optional<String> why = check(target.getText());
            if (why.isPresent()) {
                problem.setText(why.get());
                e.consume();
                return;
            }
            ExportRequest request = request(query, target, format, partitionBy, single);
            if (DataExports.targetExists(request) && !confirmOverwrite(owner, request.target())) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == export ? request(query, target, format, partitionBy, single) : null);
        return dialog.showAndWait();
    }

    private static ExportRequest request(String query, TextField target, ChoiceBox<SourceFormat> format,
                                         CheckComboBox<String> partitionBy, CheckBox single) {
        return new ExportRequest(query, Path.of(target.getText().trim()).toAbsolutePath(), format.getValue(),
                new ArrayList<>(partitionBy.getCheckModel().getCheckedItems()), single.isSelected());
    }

    public static Optional<String> check(String target) {
        String text = target == null ? "" : target.trim();
        if (text.isEmpty()) {
            return Optional.of("Choose where to write");
        }
        try {
            Path path = Path.of(text);
            if (path.getFileName() == null) {
                return Optional.of("Choose a file or folder name, not " + text);
            }
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.of("Not a valid path: " + e.getMessage());
        }
        return Optional.empty();
    }

    public static String withExtension(String target, boolean single, SourceFormat old, SourceFormat now) {
        String oldExt = "." + old.name().toLowerCase(Locale.ROOT);
        String base = target.endsWith(oldExt) ? target.substring(0, target.length() - oldExt.length()) : target;
        return single ? base + "." + now.name().toLowerCase(Locale.ROOT) : base;
    }

    private static boolean confirmOverwrite(Window owner, Path target) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, target + " exists. The export replaces it once the new data "
                + "are completely written; if the export fails or is stopped, it stays as it is.", replace, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText("Replace " + target.getFileName() + "?");
        return alert.showAndWait().filter(replace::equals).isPresent();
    }

    private static void browse(Window owner, boolean single, SourceFormat format, TextField target) {
        File current = new File(target.getText().trim());
        File folder = current.getParentFile() != null && current.getParentFile().isDirectory() ? current.getParentFile() : null;
        File chosen;
        if (single) {
            FileChooser chooser = new FileChooser();
            chooser.setInitialDirectory(folder);
            chooser.setInitialFileName(current.getName());
            chosen = chooser.showSaveDialog(owner);
        } else {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder to write the " + format + " part files into (created or replaced)");
            chooser.setInitialDirectory(folder);
            chosen = chooser.showDialog(owner);
        }
        if (chosen != null) {
            target.setText(chosen.getPath());
        }
    }
}

package io.sparkworkbench.ui.shell;

import io.sparkworkbench.engine.EngineSettings;
import java.io.File;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** Master URL, shuffle partitions, Spark UI and data folder; OK stays disabled while the form is invalid. */
final class SettingsDialog extends Dialog<EngineSettings> {

    SettingsDialog(Window owner, SettingsViewModel model, int cores) {
        initOwner(owner);
        setTitle("Settings");
        setHeaderText("Spark session settings");

        TextField master = new TextField();
        master.setId("settings-master");
        master.textProperty().bindBidirectional(model.masterProperty());
        master.setPromptText("local[*]");
        TextField partitions = new TextField();
        partitions.setId("settings-partitions");
        partitions.textProperty().bindBidirectional(model.shufflePartitionsProperty());
        CheckBox sparkUi = new CheckBox("Enable the Spark web UI (on 127.0.0.1 only)");
        sparkUi.setId("settings-sparkui");
        sparkUi.selectedProperty().bindBidirectional(model.sparkUiProperty());
        TextField folder = new TextField();
        folder.setId("settings-datafolder");
        folder.textProperty().bindBidirectional(model.dataFolderProperty());
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Data folder");
            File chosen = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                folder.setText(chosen.getAbsolutePath());
            }
        });
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);

        TextField rowCap = new TextField();
        rowCap.setId("settings-rowcap");
        rowCap.textProperty().bindBidirectional(model.rowCapProperty());
        Label error = new Label();
        error.setId("settings-error");
        error.getStyleClass().add("form-error");
        error.textProperty().bind(model.errorBinding());
        error.setWrapText(true);
        error.setMaxWidth(560);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        GridPane grid = io.sparkworkbench.ui.common.FormGrid.create();
        grid.addRow(0, new Label("Master URL"), master);
        grid.addRow(1, new Label("Shuffle partitions"), partitions);
        grid.add(hint("0 = automatic (cores × 2 = " + cores * 2 + "). Applies at once."), 1, 2);
        grid.add(sparkUi, 1, 3);
        grid.addRow(4, new Label("Data folder"), folderRow);
        grid.add(hint("Spark's scratch space and warehouse live here. Master, UI and folder changes restart Spark."), 1, 5);
        grid.addRow(6, new Label("Rows per result page"), rowCap);
        grid.add(hint("SQL results fetch this many rows at a time (Fetch next brings the following ones)."), 1, 7);
        grid.add(error, 0, 8, 2, 1);
        GridPane.setHgrow(master, Priority.ALWAYS);
        setOnShown(e -> master.requestFocus());
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(600);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(model.errorBinding().isNotEmpty());
        setResultConverter(button -> button == ButtonType.OK ? model.result().orElse(null) : null);
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-hint");
        label.setWrapText(true);
        label.setMaxWidth(460);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    Optional<EngineSettings> ask() {
        return showAndWait();
    }
}

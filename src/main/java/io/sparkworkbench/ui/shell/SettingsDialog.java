package io.sparkworkbench.ui.shell;

import io.sparkworkbench.engine.EngineSettings;
import java.io.File;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * Two tabs: Session (shuffle partitions, Spark UI, data folder, page size) and Connection (master,
 * executors, driver address, checkpoints, secret, Test connection). OK stays disabled while the form is invalid.
 */
final class SettingsDialog extends Dialog<EngineSettings> {

    SettingsDialog(Window owner, SettingsViewModel model, int cores) {
        initOwner(owner);
        setTitle("Settings");
        setHeaderText("Spark session settings");

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
        grid.addRow(0, new Label("Shuffle partitions"), partitions);
        grid.add(hint("0 = automatic (cores × 2 = " + cores * 2 + "). Applies at once."), 1, 1);
        grid.add(sparkUi, 1, 2);
        grid.addRow(3, new Label("Data folder"), folderRow);
        grid.add(hint("Spark's scratch space and warehouse live here. UI, folder and Connection changes restart Spark."), 1, 4);
        grid.addRow(5, new Label("Rows per result page"), rowCap);
        grid.add(hint("SQL results fetch this many rows at a time (Fetch next brings the following ones)."), 1, 6);

        Tab session = new Tab("Session", grid);
        session.setId("settings-tab-session");
        Tab connection = new Tab("Connection", ConnectionPane.create(model, cores));
        connection.setId("settings-tab-connection");
        TabPane tabs = new TabPane(session, connection);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox content = new VBox(8, tabs, error);
        getDialogPane().setContent(content);
        // Room for the taller Connection tab with its wrapped hints, whichever tab shows first.
        tabs.setMinHeight(580);
        getDialogPane().setPrefWidth(600);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(model.errorBinding().isNotEmpty());
        setResultConverter(button -> button == ButtonType.OK ? model.result().orElse(null) : null);
    }

    private static Label hint(String text) {
        return ConnectionPane.hint(text);
    }

    Optional<EngineSettings> ask() {
        return showAndWait();
    }
}

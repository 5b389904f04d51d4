package io.sparkworkbench.ui.common.chart;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link ExportDialogs} with JavaFX file choosers and dialogs, owned by the window showing the chart. */
public final class FxExportDialogs implements ExportDialogs {

    private final Node owner;
    private File lastFolder;

    public FxExportDialogs(Node owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFile(ExportFormat format, String suggestedFileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save " + format.description());
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(format.description(), "*." + format.extension()));
        chooser.setInitialFileName(format.withExtension(suggestedFileName));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showSaveDialog(window());
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        // Some desktops return the typed name without the filter's extension.
        return Optional.of(chosen.toPath().resolveSibling(format.withExtension(chosen.getName())));
    }

    @Override
    public Optional<ImageSize> choosePngSize(ImageSize current) {
        Spinner<Integer> width = sizeSpinner(current.width());
        Spinner<Integer> height = sizeSpinner(current.height());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Width (px)"), width);
        form.addRow(1, new Label("Height (px)"), height);

        Dialog<ImageSize> dialog = new Dialog<>();
        dialog.initOwner(window());
        dialog.setTitle("Export PNG");
        dialog.setHeaderText("Image size");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new ImageSize(width.getValue(), height.getValue()) : null);
        return dialog.showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(window());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
    }

    private static Spinner<Integer> sizeSpinner(int initial) {
        Spinner<Integer> spinner = new Spinner<>(1, ImageSize.MAX_SIDE, initial, 100);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        return spinner;
    }

    private Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}

package io.sparkworkbench.ui.dashboard;

import io.sparkworkbench.report.ReportFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The report export's questions as a JavaFX file chooser (HTML or PDF) and an error alert. */
final class FxReportDialogs implements ReportExport.Dialogs {

    private static final FileChooser.ExtensionFilter HTML = new FileChooser.ExtensionFilter("HTML page (*.html)", "*.html");
    private static final FileChooser.ExtensionFilter PDF = new FileChooser.ExtensionFilter("PDF document (*.pdf)", "*.pdf");

    private final Supplier<Window> owner;
    private File lastFolder;

    FxReportDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseReportFile(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the dashboard report");
        chooser.getExtensionFilters().addAll(HTML, PDF);
        chooser.setSelectedExtensionFilter(HTML);
        chooser.setInitialFileName(suggestedName + ".html");
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(withExtension(chosen.toPath(), chooser.getSelectedExtensionFilter() == PDF ? ReportFormat.PDF : ReportFormat.HTML));
    }

    /** Some desktops return the typed name without the chosen filter's extension; a name with .html or .pdf is kept. */
    static Path withExtension(Path file, ReportFormat chosen) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".pdf")) {
            return file;
        }
        return file.resolveSibling(name + chosen.extension());
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
    }
}

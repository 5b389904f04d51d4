package io.sparkworkbench.ui.common.chart;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions an export asks the user. Kept behind an interface because native file choosers
 * cannot be driven in headless tests: tests plug in answers, the app uses {@link FxExportDialogs}.
 * Called on the JavaFX thread.
 */
public interface ExportDialogs {

    /** Where to save; empty if the user cancelled. */
    Optional<Path> chooseFile(ExportFormat format, String suggestedFileName);

    /** The PNG size, offering {@code current} as the default; empty if the user cancelled. */
    Optional<ImageSize> choosePngSize(ImageSize current);

    /** Tells the user an export failed; must not wait for the user to close it. */
    void showError(String title, String message);
}

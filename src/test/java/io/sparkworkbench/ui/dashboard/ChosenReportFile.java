package io.sparkworkbench.ui.dashboard;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/** The report file chooser answered with {@code target}; error dialogs go to {@code errors}. */
final class ChosenReportFile implements ReportExport.Dialogs {

    private final Path target;
    private final Consumer<String> errors;

    ChosenReportFile(Path target, Consumer<String> errors) {
        this.target = target;
        this.errors = errors;
    }

    @Override
    public Optional<Path> chooseReportFile(String suggestedName) {
        return Optional.of(target);
    }

    @Override
    public void showError(String title, String message) {
        errors.accept(message);
    }
}

package io.sparkworkbench.app;

import io.sparkworkbench.engine.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the window opens at start: the folder the user had open last, or on first start the bundled
 * sample data set ({@code -Dworkbench.sampledata}, else {@code sample-data/} in the working folder).
 */
final class InitialDataset {

    static final String LAST_FOLDER_KEY = "dataset.last";

    private InitialDataset() {
    }

    static Optional<Path> folder(SettingsStore settings) {
        String last = settings.get(LAST_FOLDER_KEY, "");
        if (!last.isBlank() && Files.isDirectory(Path.of(last))) {
            return Optional.of(Path.of(last));
        }
        return sampleData();
    }

    static Optional<Path> sampleData() {
        String configured = System.getProperty("workbench.sampledata");
        Path candidate = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("sample-data");
        return Files.isDirectory(candidate) ? Optional.of(candidate.toAbsolutePath().normalize()) : Optional.empty();
    }

    static void remember(SettingsStore settings, Path folder) {
        settings.put(LAST_FOLDER_KEY, folder.toAbsolutePath().normalize().toString());
        settings.addRecentFolder(folder);
    }
}

package io.sparkworkbench.ui.shell;

import io.sparkworkbench.engine.SettingsStore;
import io.sparkworkbench.engine.SparkEngine;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * What the main window needs from the app: the engine (status, jobs, restart), the settings store,
 * how to open a data folder (the data tab does it), how to import a file (File → Import and files dropped
 * on the window; the explore tab does it), what to do once a restarted session is ready (register
 * the open data set again: views die with the old session), and where the logs go (for the About page).
 */
public record ShellContext(SparkEngine engine, SettingsStore settings, Consumer<Path> openDataFolder,
                           BiConsumer<Window, Path> importFile,
                           Runnable afterRestart, Path logFolder, String version) {
}

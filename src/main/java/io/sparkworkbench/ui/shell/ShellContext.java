package io.sparkworkbench.ui.shell;

import io.sparkworkbench.engine.SettingsStore;
import io.sparkworkbench.engine.SparkEngine;
import java.nio.file.Path;

/**
 * What the main window needs from the app: the engine (status, jobs, restart), the settings store, and where
 * the logs go and which version runs (for the About page). Everything tab-specific comes from the tabs.
 */
public record ShellContext(SparkEngine engine, SettingsStore settings, Path logFolder, String version) {
}

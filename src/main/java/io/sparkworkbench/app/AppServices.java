package io.sparkworkbench.app;

import io.sparkworkbench.engine.SettingsStore;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.WorkbenchPaths;
import io.sparkworkbench.ui.common.TaskRunner;

/** The long-lived objects the tabs are built from. */
record AppServices(SparkEngine engine, SettingsStore settings, TaskRunner runner, WorkbenchPaths paths) {
}

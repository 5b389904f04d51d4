package io.sparkworkbench.app;

import io.sparkworkbench.app.cli.WorkbenchCommand;
import io.sparkworkbench.engine.WorkbenchPaths;

/**
 * Launcher. Deliberately not a JavaFX Application subclass: JavaFX then loads from the classpath
 * beside Spark. A subcommand runs headless (see {@link WorkbenchCommand}); the window is not wired yet.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Before the first logger exists, so the log file lands in the app's own folder.
        System.setProperty("workbench.logdir", WorkbenchPaths.fromEnvironment().logFolder().toString());
        System.exit(WorkbenchCommand.execute(args));
    }
}

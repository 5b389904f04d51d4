package io.sparkworkbench.app;

import io.sparkworkbench.app.cli.WorkbenchCommand;
import io.sparkworkbench.engine.StartupTrace;
import io.sparkworkbench.engine.WorkbenchPaths;

/**
 * Launcher. Deliberately not a JavaFX Application subclass: JavaFX then loads from the classpath
 * beside Spark. No arguments, or only .sql/.parquet files (a desktop file association), opens the window on
 * them (see {@link LaunchArguments}); a subcommand or option runs headless (see {@link WorkbenchCommand}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Before the first logger exists, so the log file lands in the app's own folder.
        System.setProperty("workbench.logdir", WorkbenchPaths.fromEnvironment().logFolder().toString());
        ConsoleLogging.routeJavaUtilLogging();
        StartupTrace.mark("main");
        if (LaunchArguments.classify(args).window()) {
            WorkbenchApp.launchGui(args);
        } else {
            System.exit(WorkbenchCommand.execute(args));
        }
    }
}

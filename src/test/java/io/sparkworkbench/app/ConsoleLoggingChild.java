package io.sparkworkbench.app;

import java.util.logging.Logger;

/** Run by {@link ConsoleLoggingTest} in a JVM of its own: logs through java.util.logging as JavaFX does, after (or without) the route. */
public final class ConsoleLoggingChild {

    private ConsoleLoggingChild() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("routed")) {
            ConsoleLogging.routeJavaUtilLogging();
        }
        Logger.getLogger("javafx").warning("console-probe: Unsupported JavaFX configuration");
        System.getLogger("javafx.scene").log(System.Logger.Level.WARNING, "console-probe: through System.Logger");
        org.apache.logging.log4j.LogManager.shutdown();
    }
}

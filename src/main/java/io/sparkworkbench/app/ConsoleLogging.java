package io.sparkworkbench.app;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Sends java.util.logging (JavaFX's "Unsupported JavaFX configuration" warning, the JDK's own loggers) through
 * SLF4J, whose configuration puts libraries' warnings in the log file and only their errors on the console. Without
 * it JUL's default console handler prints them to the user's terminal.
 */
final class ConsoleLogging {

    private ConsoleLogging() {
    }

    static void routeJavaUtilLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}

package io.sparkworkbench.app;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGTERM (a desktop session ending, {@code kill}, CI closing the window) closes the window as its close button
 * does, instead of the JVM's default of running the shutdown hooks at once. The default left JavaFX's own hook
 * stopping its renderer while the JavaFX thread still painted, which printed a {@code RejectedExecutionException}
 * to the user's terminal, and it skipped {@code Application.stop()}, so the open SQL tabs and layout were not saved.
 * Should the window not close within {@link #GRACE_SECONDS} (a JavaFX thread that does not answer), the JVM exits
 * the default way.
 */
final class TerminationSignal {

    private static final Logger LOG = LoggerFactory.getLogger(TerminationSignal.class);
    static final int GRACE_SECONDS = 15;
    /** The exit status of a process ended by SIGTERM: 128 + 15. */
    static final int TERMINATED = 143;

    private TerminationSignal() {
    }

    /** @param closeWindow ends the app as closing its window does (called on the signal's thread: it must hand over to JavaFX) */
    static void install(Runnable closeWindow) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("TERM"), signal -> {
                LOG.info("SIGTERM: closing the window");
                Thread watchdog = new Thread(() -> {
                    try {
                        TimeUnit.SECONDS.sleep(GRACE_SECONDS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    LOG.warn("The window did not close within {} s of SIGTERM: exiting", GRACE_SECONDS);
                    System.exit(TERMINATED);
                }, "sigterm-watchdog");
                watchdog.setDaemon(true);
                watchdog.start();
                closeWindow.run();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            // No SIGTERM on this platform (Windows), or the JVM keeps it: the shutdown hook still stops the engine.
            LOG.info("SIGTERM is left to the JVM: {}", e.toString());
        }
    }
}

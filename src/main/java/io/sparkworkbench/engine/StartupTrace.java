package io.sparkworkbench.engine;

import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks in the log of when start-up milestones happened (the window's first frame, the session ready, the first
 * chart), once each per process. {@code bench startup} runs the app as a whole process and reads these lines
 * back from its log file to say where the seconds went; a user reading the log sees the same trace.
 */
public final class StartupTrace {

    /** The logger the marks go to; its lines read {@code mark <event> epoch=<ms> uptime=<ms>}. */
    public static final String LOGGER = "io.sparkworkbench.startup";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    private StartupTrace() {
    }

    /**
     * The system property naming a mark at which the process ends (exit status 0): the packaging build records the
     * classes a start loads up to the window's first chart for the class-data-sharing archive (cds-archive.sh).
     */
    public static final String EXIT_AT_MARK = "workbench.exitAtMark";

    /** Logs the event the first time it happens in this process; later calls are free. */
    public static void mark(String event) {
        if (SEEN.add(event)) {
            LOG.info("mark {} epoch={} uptime={}", event, System.currentTimeMillis(),
                    ManagementFactory.getRuntimeMXBean().getUptime());
            if (event.equals(System.getProperty(EXIT_AT_MARK))) {
                // From a thread of its own: the caller may be the JavaFX thread, which the shutdown hooks still need.
                Thread exit = new Thread(() -> System.exit(0), "exit-at-mark");
                exit.setDaemon(true);
                exit.start();
            }
        }
    }
}

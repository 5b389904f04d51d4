package io.sparkworkbench.engine.stream.source;

import io.sparkworkbench.engine.EngineException;

/**
 * What the user sets for the live simulator.
 *
 * @param seed             the same seed gives the same events (their timestamps aside)
 * @param eventsPerSecond  the rate, {@link #MIN_RATE} to {@link #MAX_RATE}; changeable while it runs
 * @param lateShare        share of events that arrive late, 0 to {@link #MAX_LATE_SHARE}
 * @param idBase           event and session ids start after it; give each run on one folder its own base so ids
 *                         never repeat there (e.g. the events the folder's stream has already counted)
 * @param maxEventsPerFile a file is cut at this many events...
 * @param maxFileDelayMillis ...or when its oldest event has waited this long
 * @param maxBacklogBytes  the simulator pauses while the unconsumed files in the watched folder exceed this:
 *                         with no query reading, disk use stays bounded
 */
public record SimulatorConfig(long seed, int eventsPerSecond, double lateShare, long idBase, int maxEventsPerFile,
                              long maxFileDelayMillis, long maxBacklogBytes) {

    public static final int MIN_RATE = 100;
    public static final int MAX_RATE = 50_000;
    public static final double MAX_LATE_SHARE = 0.5;
    public static final double DEFAULT_LATE_SHARE = 0.05;
    public static final long DEFAULT_MAX_BACKLOG_BYTES = 512L << 20;

    public SimulatorConfig {
        checkRate(eventsPerSecond);
        if (!(lateShare >= 0 && lateShare <= MAX_LATE_SHARE)) {
            throw new EngineException("The late-event share must be between 0 and " + MAX_LATE_SHARE + ", not " + lateShare);
        }
        if (idBase < 0) {
            throw new EngineException("The first event id base must not be negative, not " + idBase);
        }
        if (maxEventsPerFile < 1 || maxFileDelayMillis < 1 || maxBacklogBytes < 1) {
            throw new EngineException("Events per file, the file delay and the backlog limit must be positive");
        }
    }

    public static SimulatorConfig of(long seed, int eventsPerSecond) {
        return new SimulatorConfig(seed, eventsPerSecond, DEFAULT_LATE_SHARE, 0, AtomicEventWriter.DEFAULT_MAX_EVENTS,
                AtomicEventWriter.DEFAULT_MAX_DELAY_MILLIS, DEFAULT_MAX_BACKLOG_BYTES);
    }

    public SimulatorConfig withLateShare(double share) {
        return new SimulatorConfig(seed, eventsPerSecond, share, idBase, maxEventsPerFile, maxFileDelayMillis, maxBacklogBytes);
    }

    public SimulatorConfig withIdBase(long base) {
        return new SimulatorConfig(seed, eventsPerSecond, lateShare, base, maxEventsPerFile, maxFileDelayMillis, maxBacklogBytes);
    }

    public SimulatorConfig withFiles(int eventsPerFile, long delayMillis) {
        return new SimulatorConfig(seed, eventsPerSecond, lateShare, idBase, eventsPerFile, delayMillis, maxBacklogBytes);
    }

    public SimulatorConfig withMaxBacklogBytes(long bytes) {
        return new SimulatorConfig(seed, eventsPerSecond, lateShare, idBase, maxEventsPerFile, maxFileDelayMillis, bytes);
    }

    static void checkRate(int eventsPerSecond) {
        if (eventsPerSecond < MIN_RATE || eventsPerSecond > MAX_RATE) {
            throw new EngineException("The event rate must be between " + MIN_RATE + " and " + MAX_RATE
                    + " events/s, not " + eventsPerSecond);
        }
    }
}

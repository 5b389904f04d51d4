package io.sparkworkbench.engine.stream.session;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.stream.source.ClickstreamReplay;
import io.sparkworkbench.engine.stream.source.SimulatorConfig;
import io.sparkworkbench.engine.stream.source.StreamSourceSpec;
import java.nio.file.Path;

/**
 * Where the live session's events come from, as the user chose it in the tab. Each choice has its own
 * {@link #scope()}: the queries' checkpoints are kept per source, so a restart of the same source resumes
 * where it stopped and a different source never inherits another's counts (ADR 0031).
 */
public sealed interface LiveSourceChoice {

    /** Appended to every live query's name, so to its checkpoint folder. */
    String scope();

    /** One line for the tab: "simulator at 1,000 events/s". */
    String label();

    /** The clickstream simulator over the open data set's products and customers, at a rate the user sets. */
    record Simulator(int eventsPerSecond, double lateShare) implements LiveSourceChoice {

        public Simulator {
            // The simulator's own checks, here so a bad value is refused before anything starts.
            SimulatorConfig.of(1, eventsPerSecond).withLateShare(lateShare);
        }

        public static Simulator at(int eventsPerSecond) {
            return new Simulator(eventsPerSecond, SimulatorConfig.DEFAULT_LATE_SHARE);
        }

        @Override
        public String scope() {
            return "sim";
        }

        @Override
        public String label() {
            return String.format(java.util.Locale.ROOT, "simulator at %,d events/s", eventsPerSecond);
        }
    }

    /** The open data set's own clickstream in event-time order at {@code speed} times real time. */
    record Replay(int speed) implements LiveSourceChoice {

        public Replay {
            if (speed < ClickstreamReplay.MIN_SPEED || speed > ClickstreamReplay.MAX_SPEED) {
                throw new EngineException("The replay speed must be between " + ClickstreamReplay.MIN_SPEED + "× and "
                        + ClickstreamReplay.MAX_SPEED + "×, not " + speed + "×");
            }
        }

        @Override
        public String scope() {
            return "replay";
        }

        @Override
        public String label() {
            return String.format(java.util.Locale.ROOT, "replay of the data set's clickstream at %,d×", speed);
        }
    }

    /**
     * The user's own folder of JSON-lines or CSV files with the live event columns
     * ({@link io.sparkworkbench.engine.stream.LiveEventSchema}); new files must be moved in whole.
     */
    record Folder(Path folder, StreamSourceSpec.Format format, boolean csvHeader) implements LiveSourceChoice {

        public Folder {
            if (folder == null) {
                throw new EngineException("Choose the folder the stream reads");
            }
            if (format == null) {
                throw new EngineException("Choose the files' format for " + folder + ": JSON or CSV");
            }
            folder = folder.toAbsolutePath().normalize();
        }

        /** "folder-" and a hash of the path: each folder keeps its own checkpoints, within the 100 characters a name may have. */
        @Override
        public String scope() {
            return "folder-" + Integer.toHexString(folder.toString().hashCode()) + "-" + format.sparkName();
        }

        @Override
        public String label() {
            return format.name() + " files in " + folder;
        }
    }
}

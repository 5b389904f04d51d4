package io.sparkworkbench.engine.pipeline;

import io.sparkworkbench.engine.stream.session.LiveSourceChoice;
import java.time.Duration;

/**
 * The optional last step: start the clickstream simulator at {@code eventsPerSecond} over the run's data set and
 * wait until every live query has counted its first events. With a {@code runFor} above zero (the command line) the
 * stream then runs that long and is stopped, its checkpoints kept; with zero (the window) it is left running for the
 * Live tab and the Dashboard (ADR 0049).
 */
public record LiveStepRequest(int eventsPerSecond, Duration runFor) {

    public static final int DEFAULT_EVENTS_PER_SECOND = 1_000;
    /** The longest a command-line run may keep the stream going: a pipeline step, not a service. */
    public static final Duration MAX_RUN_FOR = Duration.ofHours(1);

    public LiveStepRequest {
        // The simulator's own checks name the bad rate.
        LiveSourceChoice.Simulator.at(eventsPerSecond);
        if (runFor == null || runFor.isNegative() || runFor.compareTo(MAX_RUN_FOR) > 0) {
            throw new IllegalArgumentException("The live step runs between 0 s (left running) and " + MAX_RUN_FOR.toSeconds()
                    + " s, not " + (runFor == null ? "unset" : runFor.toSeconds() + " s"));
        }
    }

    /** Started and left running: the window's choice. */
    public static LiveStepRequest leftRunning(int eventsPerSecond) {
        return new LiveStepRequest(eventsPerSecond, Duration.ZERO);
    }

    public boolean leavesRunning() {
        return runFor.isZero();
    }
}

package io.sparkworkbench.testing;

import java.time.Duration;

/**
 * Bounds that tell "Stop worked" from "the work ran to its end", not how fast anything is: every test that
 * uses them stops work that would run for minutes, on a machine that may be busy with other builds.
 */
public final class StopBounds {

    /** Stopped work ends well within this; had Stop not reached Spark, it would run for minutes. */
    public static final Duration STOPPED = Duration.ofSeconds(15);
    public static final long STOPPED_SECONDS = STOPPED.toSeconds();

    /** The JavaFX thread answers within this while Spark is busy; a thread waiting on Spark would not. */
    public static final Duration RESPONSIVE = Duration.ofSeconds(5);

    private StopBounds() {
    }
}

package io.sparkworkbench.engine.stream.session;

import io.sparkworkbench.engine.stream.source.StreamSourceSpec;
import java.nio.file.Path;
import java.util.Collection;

/** The running half of a {@link LiveSourceChoice}: what writes the events (if anything of ours does) and the folder the queries read. */
interface SourceRun {

    StreamSourceSpec spec();

    /** Starts writing events (nothing to do for the user's folder). */
    void start();

    /** The checkpoints of the queries reading the folder: files all of them committed may be deleted. */
    void consumers(Collection<Path> checkpoints);

    /** Stops writing and writes what was buffered; blocks until the writer has ended (never on the JavaFX thread). */
    void stop() throws InterruptedException;

    /** Deletes the files every consumer committed (the last pass after a stop); a user's folder is left alone. */
    void sweep();

    void setRate(int eventsPerSecond);

    void flashSale();

    LiveSourceStatus status();
}

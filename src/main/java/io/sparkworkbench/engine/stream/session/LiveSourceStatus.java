package io.sparkworkbench.engine.stream.session;

import java.util.Optional;

/**
 * The event source of a live session as the tab shows it, sampled whole.
 *
 * @param description     what is producing events ("simulator at 1,000 events/s")
 * @param eventsProduced  events the simulator or the replay wrote so far; -1 for the user's folder (not ours to count)
 * @param eventsPerSecond the simulator's rate in force (times the flash-sale factor during a sale); 0 otherwise
 * @param flashSale       a flash sale is running
 * @param backlogFull     the simulator paused: unconsumed files exceed its backlog limit
 * @param bytesWaiting    bytes of event files not yet consumed by every query (simulator only; -1 otherwise)
 * @param finished        the replay has written the whole clickstream
 * @param failure         why the source stopped, if it failed
 */
public record LiveSourceStatus(String description, long eventsProduced, int eventsPerSecond, boolean flashSale, boolean backlogFull,
        long bytesWaiting, boolean finished, Optional<String> failure) {

    /** Whether the simulator produces the events: the one source with a rate. */
    public boolean isSimulator() {
        return eventsPerSecond > 0;
    }

    static LiveSourceStatus none() {
        return new LiveSourceStatus("", -1, 0, false, false, -1, false, Optional.empty());
    }
}

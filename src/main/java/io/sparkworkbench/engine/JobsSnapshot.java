package io.sparkworkbench.engine;

import java.util.List;

/** Running actions first, then the most recent finished ones. */
public record JobsSnapshot(long version, List<ActionProgress> actions) {

    public static final JobsSnapshot EMPTY = new JobsSnapshot(0, List.of());

    public long runningCount() {
        return actions.stream().filter(ActionProgress::isRunning).count();
    }
}

package io.sparkworkbench.engine.cluster;

import java.util.List;
import java.util.Optional;

/**
 * What {@code cluster status} found: a running cluster (with what its master says, when it answered),
 * none, or a stale state file whose master is gone ({@code deadDaemons} names the daemons that were gone;
 * the file has been removed and any daemons left of it ended).
 */
public record ClusterStatus(Kind kind, Optional<ClusterState> state, Optional<MasterView> master, List<String> deadDaemons) {

    /** Whether a cluster runs. */
    public enum Kind { RUNNING, NOT_RUNNING, STALE }

    public ClusterStatus {
        deadDaemons = List.copyOf(deadDaemons);
    }

    public boolean running() {
        return kind == Kind.RUNNING;
    }
}

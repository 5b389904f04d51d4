package io.sparkworkbench.engine.cluster;

/** How {@code cluster stop} ended the daemons: how many were running, and how many had to be killed. */
public record StopOutcome(int ended, int forced) {
}

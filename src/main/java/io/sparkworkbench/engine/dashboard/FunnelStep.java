package io.sparkworkbench.engine.dashboard;

/** Clickstream sessions that reached a step (an event type, or "session" for all of them). */
public record FunnelStep(String step, long sessions) {
}

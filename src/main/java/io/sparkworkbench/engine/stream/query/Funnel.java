package io.sparkworkbench.engine.stream.query;

import java.util.List;

/**
 * Distinct sessions that got at least as far as each funnel step per minute: {@code sessions[s][w]} for
 * {@code steps.get(s)} in the window starting at {@code windowStartMs[w]}, oldest first; the first step
 * ("visited") counts every session with an event in the minute. Approximate (an HLL sketch, about 0.8% relative
 * error, ADR 0051), and monotone by construction: a step above the one before it (sketch noise on nested sets of
 * sessions, possible once a minute's step holds too many sessions to count them exactly) is clamped to it here, so no
 * step ever reads over 100% of the one before (ADR 0036).
 */
public record Funnel(List<String> steps, long[] windowStartMs, long[][] sessions, long lastBatchId) {

    public Funnel {
        steps = List.copyOf(steps);
        if (sessions.length != steps.size()) {
            throw new IllegalArgumentException(sessions.length + " rows of sessions for " + steps.size() + " funnel steps");
        }
        long[][] clamped = new long[sessions.length][];
        for (int s = 0; s < sessions.length; s++) {
            if (sessions[s].length != windowStartMs.length) {
                throw new IllegalArgumentException("step " + steps.get(s) + " has " + sessions[s].length + " windows, not "
                        + windowStartMs.length);
            }
            clamped[s] = sessions[s].clone();
            for (int w = 0; s > 0 && w < clamped[s].length; w++) {
                clamped[s][w] = Math.min(clamped[s][w], clamped[s - 1][w]);
            }
        }
        sessions = clamped;
        windowStartMs = windowStartMs.clone();
    }

    /** The newest window's sessions per step, or zeros before the first. */
    public long[] latest() {
        long[] out = new long[steps.size()];
        int w = windowStartMs.length - 1;
        for (int s = 0; w >= 0 && s < steps.size(); s++) {
            out[s] = sessions[s][w];
        }
        return out;
    }
}

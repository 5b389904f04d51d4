package io.sparkworkbench.engine.stream.query;

import java.util.List;

/**
 * Distinct sessions reaching each funnel step per minute: {@code sessions[s][w]} for {@code steps.get(s)} in the
 * window starting at {@code windowStartMs[w]}, oldest first. Approximate (HyperLogLog++, 1% relative error).
 */
public record Funnel(List<String> steps, long[] windowStartMs, long[][] sessions, long lastBatchId) {

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

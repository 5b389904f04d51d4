package io.sparkworkbench.engine.stream.query;

import java.util.List;

/**
 * Events per type per tumbling window, as the live chart draws them: {@code counts[t][w]} events of
 * {@code types.get(t)} in the window starting at {@code windowStartMs[w]} (oldest first).
 *
 * @param lastBatchId the last micro-batch folded in, -1 before the first
 */
public record EventCounts(List<String> types, long[] windowStartMs, long[][] counts, long windowMs, long lastBatchId) {

    /** All events of every type in window {@code w}. */
    public long total(int w) {
        long sum = 0;
        for (long[] perType : counts) {
            sum += perType[w];
        }
        return sum;
    }

    /** Every event counted in every window kept. */
    public long total() {
        long sum = 0;
        for (int w = 0; w < windowStartMs.length; w++) {
            sum += total(w);
        }
        return sum;
    }
}

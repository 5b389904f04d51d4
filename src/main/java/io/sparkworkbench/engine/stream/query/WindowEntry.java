package io.sparkworkbench.engine.stream.query;

/**
 * One row of a live query's result as the driver keeps it: an event-time window, a key inside it (an event
 * type, a product, a funnel step; empty when the window is the key) and its numbers, in the query's order.
 */
record WindowEntry(long startMs, long endMs, String key, double[] values) {

    WindowEntry {
        if (endMs <= startMs) {
            throw new IllegalArgumentException("window end " + endMs + " is not after its start " + startMs);
        }
        key = key == null ? "" : key;
    }
}

package io.sparkworkbench.engine.stream.query;

/**
 * Closed sessions per 10-second bucket, oldest first: sessions active in the bucket (between their first and
 * last event), sessions whose last event fell in it with their mean duration, mean events and how many
 * purchased. A bucket's numbers grow until its sessions have all closed (gap + watermark after it).
 */
public record Sessions(long[] bucketStartMs, long bucketMs, long[] activeSessions, long[] endedSessions,
        double[] meanDurationSeconds, double[] meanEvents, long[] convertedSessions, long lastBatchId) {
}

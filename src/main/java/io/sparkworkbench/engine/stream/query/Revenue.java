package io.sparkworkbench.engine.stream.query;

/** Revenue and purchases per sliding minute, oldest window first (windows without a purchase are absent). */
public record Revenue(long[] windowStartMs, long[] windowEndMs, double[] revenue, long[] purchases, long lastBatchId) {
}

package io.sparkworkbench.engine.stream.query;

/**
 * One micro-batch of one live query, from its {@code StreamingQueryProgress}: what Spark's streaming UI charts.
 *
 * @param timestampMs when the batch started (wall clock)
 * @param stateRows rows kept in the query's state stores after the batch
 * @param droppedByWatermark rows the stateful operators dropped as later than the watermark (Spark's
 *     {@code numRowsDroppedByWatermark}: for an aggregation, rows after partial aggregation, not events)
 * @param lateEvents input events the batch did not count because they were late: exact, from input rows
 *     minus what the batch added to its counts; -1 where the query's numbers are not counts of events
 * @param watermarkMs the event-time watermark after the batch, -1 before the first
 * @param latency end-to-end latency of the batch's events; null for a batch without input
 */
public record BatchMetrics(long batchId, long timestampMs, long inputRows, double inputRowsPerSecond, double processedRowsPerSecond,
        long batchDurationMs, long stateRows, long droppedByWatermark, long lateEvents, long watermarkMs, LatencyProfile latency) {
}

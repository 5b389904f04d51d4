package io.sparkworkbench.engine.stream.query;

import java.util.ArrayDeque;
import java.util.List;

/** The last {@code capacity} batches' metrics of one query, oldest first; thread-safe, bounded. */
final class MetricsSeries {

    private final int capacity;
    private final ArrayDeque<BatchMetrics> batches = new ArrayDeque<>();
    private long droppedByWatermark;
    private long inputRows;
    private long lateEvents;

    MetricsSeries(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(BatchMetrics m) {
        if (batches.size() == capacity) {
            batches.removeFirst();
        }
        batches.addLast(m);
        droppedByWatermark += m.droppedByWatermark();
        inputRows += m.inputRows();
        lateEvents += Math.max(0, m.lateEvents());
    }

    /** Late events not counted since this run of the service started (queries that count events only). */
    synchronized long lateEvents() {
        return lateEvents;
    }

    synchronized List<BatchMetrics> batches() {
        return List.copyOf(batches);
    }

    /** Late rows dropped since this run of the service started (not only those still in the series). */
    synchronized long droppedByWatermark() {
        return droppedByWatermark;
    }

    /** Input rows since this run of the service started. */
    synchronized long inputRows() {
        return inputRows;
    }
}

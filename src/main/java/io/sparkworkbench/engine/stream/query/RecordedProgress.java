package io.sparkworkbench.engine.stream.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.streaming.StreamingQueryProgress;

/**
 * Which progress reports a query's series already holds, by run, batch and trigger time (an idle trigger reports
 * the next batch's id too, so the id alone is not unique), the newest {@code capacity} of them; thread-safe.
 */
final class RecordedProgress {

    private final Map<String, Boolean> seen;

    RecordedProgress(int capacity) {
        this.seen = new LinkedHashMap<>(capacity * 2, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time this report is offered, false for every later copy. */
    synchronized boolean firstTime(StreamingQueryProgress p) {
        return seen.putIfAbsent(p.runId() + "/" + p.batchId() + "/" + p.timestamp(), Boolean.TRUE) == null;
    }
}

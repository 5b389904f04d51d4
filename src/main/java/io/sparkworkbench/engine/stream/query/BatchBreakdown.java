package io.sparkworkbench.engine.stream.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.sql.streaming.StateOperatorProgress;
import org.apache.spark.sql.streaming.StreamingQueryListener;
import org.apache.spark.sql.streaming.StreamingQueryProgress;

/**
 * Where the live queries' batches spend their time, from Spark's own progress reports: the whole trigger, the
 * sink's part ({@code addBatch}: reading and parsing the files, the shuffle, the state store and the
 * {@code foreachBatch} body), the file listing ({@code latestOffset} + {@code getBatch}), planning, the offset and
 * commit logs, and the state stores' update and commit times. For the benchmark: medians per query.
 */
final class BatchBreakdown extends StreamingQueryListener {

    private record Sample(long timestampMs, long inputRows, Map<String, Long> durations) {
    }

    private final Map<String, List<Sample>> samples = new ConcurrentHashMap<>();
    private final int skipFirst;

    /** @param skipFirst batches with input per query left out (their code is generated, their state created) */
    BatchBreakdown(int skipFirst) {
        this.skipFirst = skipFirst;
    }

    @Override
    public void onQueryStarted(QueryStartedEvent event) {
    }

    @Override
    public void onQueryProgress(QueryProgressEvent event) {
        StreamingQueryProgress p = event.progress();
        if (p.numInputRows() == 0) {
            return;
        }
        Map<String, Long> d = new LinkedHashMap<>();
        d.put("trigger", get(p.durationMs(), "triggerExecution"));
        d.put("addBatch", get(p.durationMs(), "addBatch"));
        d.put("listing", get(p.durationMs(), "latestOffset") + get(p.durationMs(), "getBatch"));
        d.put("planning", get(p.durationMs(), "queryPlanning"));
        d.put("logs", get(p.durationMs(), "walCommit") + get(p.durationMs(), "commitOffsets"));
        long updates = 0;
        long commits = 0;
        long partitions = 0;
        for (StateOperatorProgress op : p.stateOperators()) {
            updates += op.allUpdatesTimeMs();
            commits += op.commitTimeMs();
            partitions += op.numShufflePartitions();
        }
        d.put("stateUpdates", updates);
        d.put("stateCommit", commits);
        d.put("statePartitions", partitions);
        samples.computeIfAbsent(p.name(), n -> new CopyOnWriteArrayList<>())
                .add(new Sample(java.time.Instant.parse(p.timestamp()).toEpochMilli(), p.numInputRows(), d));
    }

    @Override
    public void onQueryTerminated(QueryTerminatedEvent event) {
    }

    /** Per query name: "n batches, median rows, median ms of each part" over batches started within [from, to]. */
    Map<String, String> medians(long fromMs, long toMs) {
        Map<String, String> out = new LinkedHashMap<>();
        samples.forEach((name, list) -> {
            List<Sample> in = list.stream().skip(skipFirst).filter(s -> s.timestampMs() >= fromMs && s.timestampMs() <= toMs).toList();
            if (in.isEmpty()) {
                return;
            }
            StringBuilder b = new StringBuilder();
            b.append(in.size()).append(" batches, rows p50 ").append(median(in.stream().map(Sample::inputRows).toList()));
            for (String part : in.get(0).durations().keySet()) {
                b.append(", ").append(part).append(' ').append(median(in.stream().map(s -> s.durations().get(part)).toList()));
            }
            out.put(name, b.toString());
        });
        return out;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static long get(Map<String, Long> map, String key) {
        Long v = map.get(key);
        return v == null ? 0 : v;
    }
}

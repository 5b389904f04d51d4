package io.sparkworkbench.engine.stream.learn;

import io.sparkworkbench.engine.ml.segment.ScoringModel;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The learning state as the tab's record and as the view {@code live_segments}. */
final class LearningSnapshots {

    static final int ANONYMOUS_SEGMENT = -1;
    static final int UNKNOWN_SEGMENT = -2;
    static final StructType VIEW_SCHEMA = new StructType().add("window_start", DataTypes.TimestampType)
            .add("window_end", DataTypes.TimestampType).add("segment", DataTypes.IntegerType).add("name", DataTypes.StringType)
            .add("events", DataTypes.LongType);

    private LearningSnapshots() {
    }

    static LiveSegments of(ScoringModel model, SegmentMixTable mix, OnlineCentres centres) {
        TreeMap<Long, long[]> windows = mix.windows();
        int k = mix.k();
        long[] starts = new long[windows.size()];
        long[][] events = new long[k][windows.size()];
        long[] anonymous = new long[windows.size()];
        long[] unknown = new long[windows.size()];
        int w = 0;
        for (Map.Entry<Long, long[]> e : windows.entrySet()) {
            starts[w] = e.getKey();
            for (int s = 0; s < k; s++) {
                events[s][w] = e.getValue()[s];
            }
            anonymous[w] = e.getValue()[k + SegmentMixTable.ANONYMOUS];
            unknown[w] = e.getValue()[k + SegmentMixTable.UNKNOWN];
            w++;
        }
        List<LiveSegments.Drift> drift = new ArrayList<>();
        for (OnlineCentres.DriftPoint p : centres.series()) {
            drift.add(new LiveSegments.Drift(p.batchId(), p.timeMs(), p.drift()));
        }
        return new LiveSegments(model.names(), starts, events, anonymous, unknown, BatchScorer.WINDOW_MS, model.source(),
                model.fittedOnTheSpot(), mix.lastBatchId(), List.copyOf(drift), centres.drift(), centres.decay());
    }

    /** Rows per window and segment (anonymous as segment -1, unknown customer ids as -2), on the app's session. */
    static void registerView(SparkSession spark, String view, ScoringModel model, SegmentMixTable mix) {
        List<Row> rows = new ArrayList<>();
        int k = mix.k();
        mix.windows().forEach((start, counts) -> {
            Timestamp from = new Timestamp(start);
            Timestamp to = new Timestamp(start + BatchScorer.WINDOW_MS);
            for (int s = 0; s < k + 2; s++) {
                if (counts[s] == 0) {
                    continue;
                }
                int segment = s < k ? s : s == k + SegmentMixTable.ANONYMOUS ? ANONYMOUS_SEGMENT : UNKNOWN_SEGMENT;
                String name = s < k ? model.names().get(s) : segment == ANONYMOUS_SEGMENT ? "anonymous" : "unknown customer";
                rows.add(RowFactory.create(from, to, segment, name, counts[s]));
            }
        });
        spark.createDataFrame(rows, VIEW_SCHEMA).createOrReplaceTempView(view);
    }
}

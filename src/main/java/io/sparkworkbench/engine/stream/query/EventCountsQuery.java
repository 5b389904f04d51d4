package io.sparkworkbench.engine.stream.query;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.unix_millis;
import static org.apache.spark.sql.functions.window;

import io.sparkworkbench.engine.stream.LiveEventSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Events per type per 10-second tumbling window: the stacked-bars chart, and the event-rate alert's input. */
final class EventCountsQuery implements LiveQuery {

    static final String VIEW = "live_event_counts";
    static final long WINDOW_MS = 10_000;
    /** Ten minutes of 10-second windows. */
    static final int HISTORY = 60;

    @Override
    public String viewName() {
        return VIEW;
    }

    @Override
    public String label() {
        return "Live: events per type";
    }

    @Override
    public WindowTable newTable() {
        return new WindowTable(WindowTable.Mode.REPLACE, 1, HISTORY);
    }

    @Override
    public Dataset<Row> aggregate(Dataset<Row> events, LiveStreamConfig config) {
        return events.withWatermark(LiveEventSchema.EVENT_TS, config.watermarkSpark())
                .groupBy(window(col(LiveEventSchema.EVENT_TS), "10 seconds").as("window"), col(LiveEventSchema.EVENT_TYPE))
                .agg(count(lit(1)).as("events"));
    }

    @Override
    public boolean countsEvents() {
        return true;
    }

    @Override
    public String outputMode() {
        return "update";
    }

    @Override
    public List<WindowEntry> entries(Dataset<Row> batch) {
        return LiveQuery.toEntries(batch.select(unix_millis(col("window.start")), unix_millis(col("window.end")),
                col(LiveEventSchema.EVENT_TYPE), col("events")).collectAsList(), 1);
    }

    @Override
    public StructType viewSchema() {
        return new StructType().add("window_start", DataTypes.TimestampType).add("window_end", DataTypes.TimestampType)
                .add("event_type", DataTypes.StringType).add("events", DataTypes.LongType);
    }

    @Override
    public List<Row> viewRows(WindowTable table) {
        List<Row> rows = new ArrayList<>();
        for (WindowEntry e : table.entries()) {
            rows.add(RowFactory.create(LiveQuery.ts(e.startMs()), LiveQuery.ts(e.endMs()), e.key(), (long) e.values()[0]));
        }
        return rows;
    }

    /** The chart's data: counts[type][window], windows oldest first, the funnel's types first. */
    static EventCounts snapshot(WindowTable table) {
        return table.read(entries -> {
            Set<String> types = new LinkedHashSet<>(LiveEventSchema.EVENT_TYPES);
            List<Long> starts = new ArrayList<>();
            for (WindowEntry e : entries) {
                types.add(e.key());
                if (starts.isEmpty() || starts.get(starts.size() - 1) != e.startMs()) {
                    starts.add(e.startMs());
                }
            }
            List<String> typeList = List.copyOf(types);
            long[][] counts = new long[typeList.size()][starts.size()];
            int w = -1;
            long current = Long.MIN_VALUE;
            for (WindowEntry e : entries) {
                if (e.startMs() != current) {
                    current = e.startMs();
                    w++;
                }
                counts[typeList.indexOf(e.key())][w] = (long) e.values()[0];
            }
            return new EventCounts(typeList, starts.stream().mapToLong(Long::longValue).toArray(), counts, WINDOW_MS, table.lastBatchId());
        });
    }
}

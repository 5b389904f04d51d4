package io.sparkworkbench.engine.stream.query;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.session_window;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_millis;
import static org.apache.spark.sql.functions.when;

import io.sparkworkbench.engine.stream.LiveEventSchema;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Sessions from Spark's session windows ({@code session_window}, closed after the config's gap without an
 * event). Spark allows session windows only in append mode, so a session is emitted once, when the
 * watermark passes its end: the numbers of a 10-second bucket are final about gap + watermark after it.
 * Each batch's closed sessions are reduced in Spark to per-bucket sums — sessions active in the bucket
 * (first to last event), sessions that ended there, their duration, events and purchases — and added up on
 * the driver, so here the batch-id check is what keeps a replayed batch from counting sessions twice.
 */
final class SessionsQuery implements LiveQuery {

    static final String VIEW = "live_sessions";
    static final long BUCKET_MS = 10_000;
    /** Twenty minutes of buckets: more than the ~6 minutes a bucket waits for its sessions to close. */
    static final int HISTORY = 120;

    @Override
    public String viewName() {
        return VIEW;
    }

    @Override
    public String label() {
        return "Live: sessions";
    }

    @Override
    public WindowTable newTable() {
        return new WindowTable(WindowTable.Mode.ADD, 5, HISTORY);
    }

    @Override
    public Dataset<Row> aggregate(Dataset<Row> events, LiveStreamConfig config) {
        String gap = config.sessionGap().toMillis() + " milliseconds";
        return events.withWatermark(LiveEventSchema.EVENT_TS, config.watermarkSpark())
                .groupBy(session_window(col(LiveEventSchema.EVENT_TS), gap).as("session"), col(LiveEventSchema.SESSION_ID))
                .agg(count(lit(1)).as("events"), max(col(LiveEventSchema.EVENT_TS)).as("last_event"),
                        max(when(col(LiveEventSchema.EVENT_TYPE).equalTo("purchase"), 1).otherwise(0)).as("converted"));
    }

    @Override
    public String outputMode() {
        return "append";
    }

    @Override
    public List<WindowEntry> entries(Dataset<Row> batch) {
        Column first = unix_millis(col("session.start"));
        Column last = unix_millis(col("last_event"));
        Column lastBucket = floor(last.divide(BUCKET_MS));
        Column endsHere = col("bucket").equalTo(col("last_bucket"));
        List<Row> rows = batch
                .select(first.as("first_ms"), last.as("last_ms"), lastBucket.as("last_bucket"), col("events"), col("converted"),
                        explode(sequence(floor(first.divide(BUCKET_MS)), lastBucket)).as("bucket"))
                .groupBy(col("bucket"))
                .agg(count(lit(1)).as("active"), sum(when(endsHere, 1).otherwise(0)).as("ended"),
                        sum(when(endsHere, col("last_ms").minus(col("first_ms"))).otherwise(0)).as("duration_ms"),
                        sum(when(endsHere, col("events")).otherwise(0)).as("events"),
                        sum(when(endsHere, col("converted")).otherwise(0)).as("converted"))
                .select(col("bucket").multiply(BUCKET_MS), col("bucket").plus(1).multiply(BUCKET_MS), lit(null).cast(DataTypes.StringType),
                        col("active"), col("ended"), col("duration_ms"), col("events"), col("converted"))
                .collectAsList();
        return LiveQuery.toEntries(rows, 5);
    }

    @Override
    public StructType viewSchema() {
        return new StructType().add("bucket_start", DataTypes.TimestampType).add("bucket_end", DataTypes.TimestampType)
                .add("active_sessions", DataTypes.LongType).add("ended_sessions", DataTypes.LongType)
                .add("avg_duration_s", DataTypes.DoubleType).add("avg_events", DataTypes.DoubleType)
                .add("converted_sessions", DataTypes.LongType);
    }

    @Override
    public List<Row> viewRows(WindowTable table) {
        Sessions s = snapshot(table);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < s.bucketStartMs().length; i++) {
            rows.add(RowFactory.create(LiveQuery.ts(s.bucketStartMs()[i]), LiveQuery.ts(s.bucketStartMs()[i] + BUCKET_MS),
                    s.activeSessions()[i], s.endedSessions()[i], s.meanDurationSeconds()[i], s.meanEvents()[i], s.convertedSessions()[i]));
        }
        return rows;
    }

    static Sessions snapshot(WindowTable table) {
        List<WindowEntry> entries = table.entries();
        int n = entries.size();
        long[] starts = new long[n];
        long[] active = new long[n];
        long[] ended = new long[n];
        double[] duration = new double[n];
        double[] events = new double[n];
        long[] converted = new long[n];
        for (int i = 0; i < n; i++) {
            double[] v = entries.get(i).values();
            starts[i] = entries.get(i).startMs();
            active[i] = (long) v[0];
            ended[i] = (long) v[1];
            duration[i] = v[1] == 0 ? 0 : v[2] / v[1] / 1000.0;
            events[i] = v[1] == 0 ? 0 : v[3] / v[1];
            converted[i] = (long) v[4];
        }
        return new Sessions(starts, BUCKET_MS, active, ended, duration, events, converted, table.lastBatchId());
    }
}

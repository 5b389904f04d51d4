package io.sparkworkbench.engine.stream.query;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * One live chart's streaming query: what it computes from the events, how its micro-batch results fold into
 * the driver-side {@link WindowTable}, and the view of its latest state. Implementations hold no state; the
 * running query's state lives in its {@link LiveQueryRun}.
 */
interface LiveQuery {

    /** The query's name before the config's scope, and the name of its view: {@code live_event_counts}. */
    String viewName();

    /**
     * The name of its streaming query and checkpoint folder before the config's scope: the view's, unless the query's
     * state changed meaning and an old checkpoint under the view's name must not be resumed (ADR 0036).
     */
    default String checkpointName() {
        return viewName();
    }

    /** Names (before the scope) of checkpoints earlier versions of this query kept, which it can never resume: deleted at start. */
    default List<String> retiredCheckpointNames() {
        return List.of();
    }

    /** Its row in the jobs panel. */
    String label();

    WindowTable newTable();

    /** The streaming result: windowed, with a watermark on {@code event_ts}. */
    Dataset<Row> aggregate(Dataset<Row> events, LiveStreamConfig config);

    /** {@code update} (every touched key's running total each batch) or {@code append} (final rows, once). */
    String outputMode();

    /** One micro-batch's result as driver rows (runs Spark jobs on the batch; the result is small). */
    List<WindowEntry> entries(Dataset<Row> batch);

    StructType viewSchema();

    List<Row> viewRows(WindowTable table);

    /**
     * True when the table's first number counts input events one for one, so that a batch's input rows minus
     * what it added tell exactly how many events it dropped as late (Spark's own
     * {@code numRowsDroppedByWatermark} counts rows after partial aggregation, not events).
     */
    default boolean countsEvents() {
        return false;
    }

    static Timestamp ts(long millis) {
        return new Timestamp(millis);
    }

    /** Collected rows of (start_ms, end_ms, key, value...) as entries: the common shape of every query's batch. */
    static List<WindowEntry> toEntries(List<Row> rows, int width) {
        List<WindowEntry> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            double[] values = new double[width];
            for (int i = 0; i < width; i++) {
                values[i] = r.isNullAt(3 + i) ? 0 : ((Number) r.get(3 + i)).doubleValue();
            }
            out.add(new WindowEntry(r.getLong(0), r.getLong(1), r.isNullAt(2) ? "" : r.get(2).toString(), values));
        }
        return out;
    }
}

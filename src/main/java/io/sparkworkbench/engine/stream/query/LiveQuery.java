package io.sparkworkbench.engine.stream.query;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * One live chart as a Spark aggregation: what it computes from the events, how its micro-batch results fold into the
 * driver-side {@link WindowTable}, and the view of its latest state. The sessions chart runs as such a query; the four
 * window charts are defined here too (their tables, views and snapshots, and their aggregations, which the tests and
 * the benchmark hold {@link ChartsQuery}'s one fold to), but run as one {@link ChartsQuery} (ADR 0055).
 */
interface LiveQuery extends LiveStream {

    /** The name of its view, and its name in the service before the config's scope: {@code live_event_counts}. */
    String viewName();

    @Override
    default String name() {
        return viewName();
    }

    @Override
    default List<String> views() {
        return List.of(viewName());
    }

    @Override
    default LiveState newState(LiveStreamConfig config) {
        return new TableState(this);
    }

    WindowTable newTable();

    /** The streaming result: windowed, with a watermark on {@code event_ts}. */
    @Override
    Dataset<Row> aggregate(Dataset<Row> events, LiveStreamConfig config);

    /** One micro-batch's result as driver rows (runs Spark jobs on the batch; the result is small). */
    List<WindowEntry> entries(Dataset<Row> batch);

    StructType viewSchema();

    List<Row> viewRows(WindowTable table);

    /** The table as this chart's view in {@code views}: a small local table built on the driver. */
    default void registerView(SparkSession views, WindowTable table) {
        views.createDataFrame(viewRows(table), viewSchema()).createOrReplaceTempView(viewName());
    }

    /**
     * True when the table's first number counts input events one for one, so that a batch's input rows minus
     * what it added tell exactly how many events it dropped as late (Spark's own
     * {@code numRowsDroppedByWatermark} counts rows after partial aggregation, not events).
     */
    @Override
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

package io.sparkworkbench.engine.stream.query;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_millis;
import static org.apache.spark.sql.functions.window;

import io.sparkworkbench.engine.stream.LiveEventSchema;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Revenue of purchases over a 1-minute window sliding every 10 s: the revenue time series. */
final class RevenueQuery implements LiveQuery {

    static final String VIEW = "live_revenue";
    /** Ten minutes of window starts (each minute-long window overlaps five others). */
    static final int HISTORY = 60;

    @Override
    public String viewName() {
        return VIEW;
    }

    @Override
    public String label() {
        return "Live: revenue per minute";
    }

    @Override
    public WindowTable newTable() {
        return new WindowTable(WindowTable.Mode.REPLACE, 2, HISTORY);
    }

    @Override
    public Dataset<Row> aggregate(Dataset<Row> events, LiveStreamConfig config) {
        return events.withWatermark(LiveEventSchema.EVENT_TS, config.watermarkSpark())
                .where(col(LiveEventSchema.EVENT_TYPE).equalTo("purchase"))
                .groupBy(window(col(LiveEventSchema.EVENT_TS), "1 minute", "10 seconds").as("window"))
                .agg(sum(col(LiveEventSchema.AMOUNT)).as("revenue"), count(lit(1)).as("purchases"));
    }

    @Override
    public String outputMode() {
        return "update";
    }

    @Override
    public List<WindowEntry> entries(Dataset<Row> batch) {
        return LiveQuery.toEntries(batch.select(unix_millis(col("window.start")), unix_millis(col("window.end")),
                lit(null).cast(DataTypes.StringType), col("revenue"), col("purchases")).collectAsList(), 2);
    }

    @Override
    public StructType viewSchema() {
        return new StructType().add("window_start", DataTypes.TimestampType).add("window_end", DataTypes.TimestampType)
                .add("revenue", DataTypes.DoubleType).add("purchases", DataTypes.LongType);
    }

    @Override
    public List<Row> viewRows(WindowTable table) {
        List<Row> rows = new ArrayList<>();
        for (WindowEntry e : table.entries()) {
            rows.add(RowFactory.create(LiveQuery.ts(e.startMs()), LiveQuery.ts(e.endMs()), e.values()[0], (long) e.values()[1]));
        }
        return rows;
    }

    static Revenue snapshot(WindowTable table) {
        List<WindowEntry> entries = table.entries();
        int n = entries.size();
        long[] starts = new long[n];
        long[] ends = new long[n];
        double[] revenue = new double[n];
        long[] purchases = new long[n];
        for (int i = 0; i < n; i++) {
            WindowEntry e = entries.get(i);
            starts[i] = e.startMs();
            ends[i] = e.endMs();
            revenue[i] = e.values()[0];
            purchases[i] = (long) e.values()[1];
        }
        return new Revenue(starts, ends, revenue, purchases, table.lastBatchId());
    }
}

package io.sparkworkbench.engine.stream.query;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_millis;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.window;

import io.sparkworkbench.engine.stream.LiveEventSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Events, purchases and revenue per product per 1-minute window sliding every 10 s; the chart and the view
 * show the top {@value #TOP} of the last minute. A streaming query cannot sort (outside complete mode), so the
 * ranking happens on the driver over the few windows kept.
 */
final class TopProductsQuery implements LiveQuery {

    static final String VIEW = "live_top_products";
    static final int TOP = 10;
    static final long WINDOW_MS = 60_000;
    static final long SLIDE_MS = 10_000;
    /** The six windows open at once plus a few before them. */
    static final int HISTORY = 9;

    @Override
    public String viewName() {
        return VIEW;
    }

    @Override
    public String label() {
        return "Live: top products";
    }

    @Override
    public WindowTable newTable() {
        return new WindowTable(WindowTable.Mode.REPLACE, 3, HISTORY);
    }

    @Override
    public Dataset<Row> aggregate(Dataset<Row> events, LiveStreamConfig config) {
        var purchase = col(LiveEventSchema.EVENT_TYPE).equalTo("purchase");
        return events.withWatermark(LiveEventSchema.EVENT_TS, config.watermarkSpark())
                .where(col(LiveEventSchema.PRODUCT_ID).isNotNull())
                .groupBy(window(col(LiveEventSchema.EVENT_TS), "1 minute", "10 seconds").as("window"), col(LiveEventSchema.PRODUCT_ID))
                .agg(count(lit(1)).as("events"), sum(when(purchase, 1).otherwise(0)).as("purchases"),
                        sum(when(purchase, col(LiveEventSchema.AMOUNT)).otherwise(0.0)).as("revenue"));
    }

    @Override
    public String outputMode() {
        return "update";
    }

    @Override
    public List<WindowEntry> entries(Dataset<Row> batch) {
        return LiveQuery.toEntries(batch.select(unix_millis(col("window.start")), unix_millis(col("window.end")),
                col(LiveEventSchema.PRODUCT_ID), col("events"), col("purchases"), col("revenue")).collectAsList(), 3);
    }

    @Override
    public StructType viewSchema() {
        return new StructType().add("rank", DataTypes.IntegerType).add("product_id", DataTypes.LongType)
                .add("events", DataTypes.LongType).add("purchases", DataTypes.LongType).add("revenue", DataTypes.DoubleType)
                .add("window_start", DataTypes.TimestampType).add("window_end", DataTypes.TimestampType);
    }

    @Override
    public List<Row> viewRows(WindowTable table) {
        TopProducts top = snapshot(table);
        List<Row> rows = new ArrayList<>();
        for (TopProducts.Product p : top.products()) {
            rows.add(RowFactory.create(p.rank(), p.productId(), p.events(), p.purchases(), p.revenue(),
                    LiveQuery.ts(top.windowStartMs()), LiveQuery.ts(top.windowEndMs())));
        }
        return rows;
    }

    /**
     * The last minute: of the windows kept, the one starting {@code WINDOW - SLIDE} before the newest, i.e. the
     * oldest of the windows that hold the newest events (it covers the most recent full minute). Ranked by
     * events, then revenue, then product id, so ties rank the same way on every run.
     */
    static TopProducts snapshot(WindowTable table) {
        return table.read(entries -> {
            if (entries.isEmpty()) {
                return new TopProducts(0, 0, List.of(), table.lastBatchId());
            }
            long newest = entries.stream().mapToLong(WindowEntry::startMs).max().orElseThrow();
            long target = newest - (WINDOW_MS - SLIDE_MS);
            long chosen = entries.stream().mapToLong(WindowEntry::startMs).filter(s -> s >= target).min().orElse(newest);
            List<WindowEntry> inWindow = entries.stream().filter(e -> e.startMs() == chosen)
                    .sorted(Comparator.<WindowEntry>comparingDouble(e -> -e.values()[0])
                            .thenComparingDouble(e -> -e.values()[2]).thenComparing(e -> Long.parseLong(e.key())))
                    .limit(TOP).toList();
            List<TopProducts.Product> products = new ArrayList<>();
            for (WindowEntry e : inWindow) {
                products.add(new TopProducts.Product(products.size() + 1, Long.parseLong(e.key()), (long) e.values()[0],
                        (long) e.values()[1], e.values()[2]));
            }
            long end = inWindow.isEmpty() ? chosen + WINDOW_MS : inWindow.get(0).endMs();
            return new TopProducts(chosen, end, List.copyOf(products), table.lastBatchId());
        });
    }
}

package io.sparkworkbench.engine.stream.query;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_millis;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sparkworkbench.engine.stream.LiveEventSchema;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One pass over the batch, folded per partition and merged, against Spark's own aggregations of the same windows. */
class BatchFoldTest {

    @TempDir
    static Path input;

    private static Dataset<Row> events;
    private static BatchFold.Partial fold;

    @BeforeAll
    static void foldFixedEventsOverFourPartitions() throws Exception {
        EventFiles files = new EventFiles(input, "fold");
        SyntheticEvents synthetic = new SyntheticEvents(11);
        long now = System.currentTimeMillis();
        for (int f = 0; f < 3; f++) {
            files.write(synthetic.next(1_000, LiveQueriesTest.T0 + f * 50_000L, 50_000, now));
        }
        SparkSession spark = SharedSparkEngine.get().awaitSession();
        // Several partitions, so that partials are merged: one small file a partition would fold in one.
        events = spark.read().schema(LiveEventSchema.SCHEMA).json(input.toString()).repartition(4);
        fold = BatchFold.fold(events);
    }

    @Test
    void eventsPerTypePerTenSecondsEqualSparksTumblingWindows() {
        Map<String, Double> expected = byKey(events.groupBy(window(col("event_ts"), "10 seconds").as("w"), col("event_type"))
                .agg(count(lit(1))).select(unix_millis(col("w.start")), col("event_type"), col("count(1)")).collectAsList());
        assertThat(fold.events).isEqualTo(3_000);
        assertThat(entries(fold.eventCounts(), 0)).isEqualTo(expected);
    }

    @Test
    void revenuePerSlidingMinuteIsTheSumOfItsSixBucketsAsSparkComputesIt() {
        List<Row> rows = events.where("event_type = 'purchase'").groupBy(window(col("event_ts"), "1 minute", "10 seconds").as("w"))
                .agg(sum("amount"), count(lit(1))).select(unix_millis(col("w.start")), lit(""), col("sum(amount)"), col("count(1)"))
                .collectAsList();
        assertThat(rows).isNotEmpty();
        assertSame(fold.revenuePerMinute(), rows, 2);
    }

    @Test
    void eventsPurchasesAndRevenuePerProductPerSlidingMinuteEqualSparks() {
        var purchase = col("event_type").equalTo("purchase");
        List<Row> rows = events.where(col("product_id").isNotNull())
                .groupBy(window(col("event_ts"), "1 minute", "10 seconds").as("w"), col("product_id"))
                .agg(count(lit(1)).as("e"), sum(when(purchase, 1).otherwise(0)).as("p"), sum(when(purchase, col("amount")).otherwise(0.0)).as("r"))
                .select(unix_millis(col("w.start")), col("product_id").cast("string"), col("e"), col("p"), col("r")).collectAsList();
        assertSame(fold.productsPerMinute(), rows, 3);
    }

    @Test
    void distinctSessionsPerMinuteAndStepMatchTheFunnelQuerysSketch() {
        Map<String, Double> expected = byKey(FunnelQuery.reached(events)
                .groupBy(window(col("event_ts"), "1 minute").as("w"), col(FunnelQuery.STEP_INDEX))
                .agg(FunnelQuery.distinctSessions().as("sessions"))
                .selectExpr("unix_millis(w.start)", "element_at(array('visited', 'product_view', 'add_to_cart', 'checkout', 'purchase'), "
                        + FunnelQuery.STEP_INDEX + " + 1)", "sessions").collectAsList());
        Map<String, Double> folded = entries(fold.funnelPerMinute(), 0);
        assertThat(folded.keySet()).isEqualTo(expected.keySet());
        // Sketches merged from four partitions against one sketch of all: the same sessions, so the same estimate to
        // well within the sketch's 0.8% (in its exact modes at these counts, equal).
        expected.forEach((key, sessions) -> assertThat(folded.get(key)).as(key).isCloseTo(sessions, within(Math.max(1, sessions * 0.008))));
        assertThat(folded.values().stream().mapToDouble(Double::doubleValue).max().orElse(0)).isGreaterThan(100);
    }

    private static void assertSame(List<WindowEntry> folded, List<Row> sparks, int width) {
        Map<String, WindowEntry> byKey = folded.stream().collect(Collectors.toMap(e -> e.startMs() + " " + e.key(), Function.identity()));
        assertThat(byKey).hasSameSizeAs(sparks);
        for (Row r : sparks) {
            String key = r.getLong(0) + " " + r.getString(1);
            WindowEntry e = byKey.get(key);
            assertThat(e).as(key).isNotNull();
            assertThat(e.endMs() - e.startMs()).isEqualTo(BatchFold.MINUTE_MS);
            for (int i = 0; i < width; i++) {
                assertThat(e.values()[i]).as(key + " value " + i).isCloseTo(((Number) r.get(2 + i)).doubleValue(), within(1e-6));
            }
        }
    }

    private static Map<String, Double> entries(List<WindowEntry> entries, int value) {
        Map<String, Double> out = new TreeMap<>();
        entries.forEach(e -> out.put(e.startMs() + " " + e.key(), e.values()[value]));
        return out;
    }

    private static Map<String, Double> byKey(List<Row> rows) {
        Map<String, Double> out = new TreeMap<>();
        rows.forEach(r -> out.put(r.getLong(0) + " " + r.get(1), ((Number) r.get(2)).doubleValue()));
        return out;
    }
}

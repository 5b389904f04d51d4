package io.sparkworkbench.engine.explore;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Column profiles of a table: one aggregation pass for the statistics and top values, one for histograms. */
public final class ProfileService {

    /** Up to this many rows, distinct counts are exact; above, HyperLogLog estimates (exact ones need a shuffle per column). */
    public static final long EXACT_DISTINCT_MAX_ROWS = 200_000;

    private static final Logger LOG = LoggerFactory.getLogger(ProfileService.class);

    private final SparkEngine engine;

    public ProfileService(SparkEngine engine) {
        this.engine = engine;
    }

    public EngineTask<TableProfile> profile(String table) {
        return engine.submit("Profile " + table, context -> profile(context, table));
    }

    static TableProfile profile(EngineContext context, String table) {
        long t0 = System.nanoTime();
        SparkSession spark = context.spark();
        Dataset<Row> df = spark.table(TableRefs.resolve(spark, table));
        StructField[] fields = df.schema().fields();
        String[] positional = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            positional[i] = ProfileStatistics.ref(i);
        }
        Dataset<Row> renamed = df.toDF(positional);
        // Bounded: stops reading once it has one row more than the threshold.
        boolean small = df.limit((int) EXACT_DISTINCT_MAX_ROWS + 1).count() <= EXACT_DISTINCT_MAX_ROWS;
        context.checkCancelled();
        ProfileStatistics.Result stats = ProfileStatistics.run(renamed, fields, small);
        context.checkCancelled();
        ZoneId zone = ZoneId.of(spark.sessionState().conf().sessionLocalTimeZone());
        Map<Integer, List<io.sparkworkbench.engine.explore.HistogramBin>> histograms =
                ProfileHistograms.run(renamed, stats.columns(), zone);
        List<ColumnProfile> columns = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            columns.add(stats.columns().get(i).withHistogram(stats.rows(), histograms.getOrDefault(i, List.of())));
        }
        long elapsed = (System.nanoTime() - t0) / 1_000_000;
        LOG.info("Profiled {} ({} rows, {} columns) in {} ms", table, stats.rows(), fields.length, elapsed);
        return new TableProfile(table, stats.rows(), List.copyOf(columns), elapsed);
    }
}

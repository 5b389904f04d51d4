package io.sparkworkbench.engine.explore;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.spark_partition_id;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.sql.PlanTrees;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Partitions, lineage and plan of a view; repartition and coalesce into a new view. */
public final class PartitionService {

    /** Rows are counted for the first this-many partitions only (one bar each); the rest are not listed. */
    public static final int MAX_PARTITIONS_COUNTED = 10_000;

    private final SparkEngine engine;

    public PartitionService(SparkEngine engine) {
        this.engine = engine;
    }

    public EngineTask<PartitionInfo> inspect(String table) {
        return engine.submit("Partitions of " + table, context -> inspect(context, table));
    }

    /** {@code columns} empty: round-robin; else hash-partitioned by them. Registers {@code newView}. */
    public EngineTask<PartitionInfo> repartition(String table, int partitions, List<String> columns, String newView) {
        List<String> by = List.copyOf(columns);
        return engine.submit("Repartition " + table + " into " + partitions, context -> {
            checkRequest(partitions, newView);
            Dataset<Row> df = context.spark().table(TableRefs.resolve(context.spark(), table));
            Dataset<Row> result = by.isEmpty() ? df.repartition(partitions)
                    : df.repartition(partitions, columnsOf(df, table, by));
            return register(context, result, newView);
        });
    }

    /** At most {@code partitions} partitions without a shuffle: coalescing never adds partitions. */
    public EngineTask<PartitionInfo> coalesce(String table, int partitions, String newView) {
        return engine.submit("Coalesce " + table + " into " + partitions, context -> {
            checkRequest(partitions, newView);
            Dataset<Row> df = context.spark().table(TableRefs.resolve(context.spark(), table));
            return register(context, df.coalesce(partitions), newView);
        });
    }

    static PartitionInfo inspect(EngineContext context, String table) {
        SparkSession spark = context.spark();
        Dataset<Row> df = spark.table(TableRefs.resolve(spark, table));
        // With adaptive execution, building the RDD can run the shuffles before it (under this action's tag).
        var rdd = df.rdd();
        int partitions = rdd.getNumPartitions();
        String lineage = rdd.toDebugString();
        context.checkCancelled();
        List<Long> rows = rowsPerPartition(df, partitions);
        context.checkCancelled();
        return new PartitionInfo(table, partitions, rows, lineage, PlanTrees.of(df.queryExecution().executedPlan(), false));
    }

    /**
     * One job counting the rows of each partition: spark_partition_id() is evaluated in the table's last
     * stage, so its ids are the table's partitions. Empty partitions get zeros.
     */
    private static List<Long> rowsPerPartition(Dataset<Row> df, int partitions) {
        int shown = Math.min(partitions, MAX_PARTITIONS_COUNTED);
        long[] counts = new long[shown];
        // At most MAX_PARTITIONS_COUNTED groups reach the driver.
        List<Row> groups = df.select(spark_partition_id().as("pid")).where(col("pid").lt(shown))
                .groupBy("pid").count().collectAsList();
        for (Row group : groups) {
            counts[group.getInt(0)] = group.getLong(1);
        }
        return Arrays.stream(counts).boxed().toList();
    }

    private static PartitionInfo register(EngineContext context, Dataset<Row> result, String newView) {
        try {
            result.createOrReplaceTempView(TableRefs.quote(newView));
        } catch (Exception e) {
            // Spark throws AnalysisException (checked, undeclared), e.g. when the name is a database's table.
            throw new EngineException("Cannot create the view " + newView + ": " + io.sparkworkbench.engine.EngineErrors.describe(e), e);
        }
        context.checkCancelled();
        return inspect(context, newView);
    }

    /** Checked inside the task, so the caller sees every refusal the same way: as the task's failure. */
    private static void checkRequest(int partitions, String newView) {
        if (partitions < 1) {
            throw new EngineException("The number of partitions must be at least 1, not " + partitions);
        }
        String invalid = TableRefs.invalidViewName(newView);
        if (invalid != null) {
            throw new EngineException(invalid);
        }
    }

    private static Column[] columnsOf(Dataset<Row> df, String table, List<String> names) {
        List<String> existing = Arrays.asList(df.columns());
        List<Column> columns = new ArrayList<>();
        for (String name : names) {
            boolean found = existing.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
            if (!found) {
                throw new EngineException("No column named " + name + " in " + table + ": its columns are " + String.join(", ", existing));
            }
            columns.add(col(TableRefs.quote(name)));
        }
        return columns.toArray(Column[]::new);
    }
}

package io.sparkworkbench.engine.ml.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.testing.SharedSparkEngine;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.LogicalRDD;
import org.junit.jupiter.api.Test;

class LocalRowsTest {

    @Test
    void theStoredCopyHasTheSameRowsInTheSamePartitionsAndReleaseFreesIt() {
        List<Object> result = SharedSparkEngine.get().submit("local rows", context -> {
            Dataset<Row> rows = context.spark().range(0, 5_000, 1, 3).toDF("id").selectExpr("id", "id * 7 % 11 AS v");
            Dataset<Row> stored = LocalRows.of(rows);
            int id = ((LogicalRDD) stored.queryExecution().logical()).rdd().id();
            boolean storedBefore = context.spark().sparkContext().getPersistentRDDs().contains(id);
            List<Object> out = List.of(stored.rdd().getNumPartitions(), stored.collectAsList(), rows.collectAsList(), storedBefore);
            LocalRows.release(stored);
            // release does not wait for the blocks to go; the RDD leaves the persistent set at once.
            return List.of(out.get(0), out.get(1), out.get(2), out.get(3), context.spark().sparkContext().getPersistentRDDs().contains(id));
        }).future().join();

        assertThat(result.get(0)).isEqualTo(3);
        assertThat(result.get(1)).isEqualTo(result.get(2));
        assertThat(result.get(3)).as("stored while in use").isEqualTo(true);
        assertThat(result.get(4)).as("stored after release").isEqualTo(false);
    }

    @Test
    void releaseUncachesADataFrameThatWasCachedInstead() {
        boolean cachedAfter = SharedSparkEngine.get().submit("release cached", context -> {
            Dataset<Row> rows = context.spark().range(0, 100).toDF("id").cache();
            rows.count();
            LocalRows.release(rows);
            return !rows.storageLevel().equals(org.apache.spark.storage.StorageLevel.NONE());
        }).future().join();

        assertThat(cachedAfter).isFalse();
    }

    @Test
    void rowsStoredByTheirFirstJobOutliveTheRowsTheyWereComputedFrom() {
        List<Object> result = SharedSparkEngine.get().submit("stored by first job", context -> {
            Dataset<Row> source = LocalRows.of(context.spark().range(0, 5_000, 1, 2).toDF("id"));
            Dataset<Row> derived = LocalRows.byFirstJob(source.selectExpr("id", "id * 3 AS v"));
            try {
                List<Row> first = derived.collectAsList();
                // Computed from the source's blocks by the collect and stored: reading again needs the source no more.
                LocalRows.release(source);
                return List.<Object>of(first, derived.collectAsList(), derived.rdd().getNumPartitions());
            } finally {
                LocalRows.release(derived);
            }
        }).future().join();

        assertThat(result.get(1)).isEqualTo(result.get(0));
        assertThat((List<?>) result.get(0)).hasSize(5_000);
        assertThat(result.get(2)).isEqualTo(2);
    }
}

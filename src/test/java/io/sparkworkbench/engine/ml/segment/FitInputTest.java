package io.sparkworkbench.engine.ml.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.testing.SharedSparkEngine;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class FitInputTest {

    @Test
    void onePartitionPerEightMegabytesNeverMoreThanThereAre() {
        assertThat(FitInput.partitionsFor(800_000, 4)).isEqualTo(1);
        assertThat(FitInput.partitionsFor(FitInput.BYTES_PER_PARTITION + 1, 4)).isEqualTo(2);
        assertThat(FitInput.partitionsFor(80L * 1024 * 1024, 4)).isEqualTo(4);
        assertThat(FitInput.partitionsFor(Long.MAX_VALUE, 4)).isEqualTo(4);
        assertThat(FitInput.partitionsFor(0, 4)).as("no size known").isEqualTo(4);
    }

    @Test
    void aSmallCachedTableBecomesOnePartitionInTheSameRowOrder() {
        List<Object> result = SharedSparkEngine.get().submit("fit input", context -> {
            Dataset<Row> table = context.spark().range(0, 10_000, 1, 4).toDF("id").cache();
            table.count();
            try {
                Dataset<Row> input = FitInput.of(table);
                return List.<Object>of(input.rdd().getNumPartitions(), input.collectAsList(), table.collectAsList());
            } finally {
                table.unpersist(false);
            }
        }).future().join();

        assertThat(result.get(0)).isEqualTo(1);
        assertThat(result.get(1)).isEqualTo(result.get(2));
    }

    @Test
    void aMaterializedCachedViewKnowsItsRowCountAndAPlainPlanDoesNot() {
        List<Object> result = SharedSparkEngine.get().submit("cached rows", context -> {
            // A filter, so the plan's statistics know no row count until the cache counted them (a range alone knows).
            Dataset<Row> table = context.spark().range(0, 4_690, 1, 3).toDF("id").where("id % 2 = 0").cache();
            table.createOrReplaceTempView("fit_input_cached_rows");
            try {
                // A fresh DataFrame each time, as the fit reads the view: a plan's statistics are computed once.
                Object before = FitInput.cachedRows(context.spark().table("fit_input_cached_rows"));
                table.count();
                return List.<Object>of(before, FitInput.cachedRows(context.spark().table("fit_input_cached_rows")),
                        FitInput.cachedRows(context.spark().range(0, 10).toDF("id").where("id > 3")));
            } finally {
                table.unpersist(false);
                context.spark().catalog().dropTempView("fit_input_cached_rows");
            }
        }).future().join();

        assertThat(result.get(0)).as("not materialized yet").isEqualTo(java.util.OptionalLong.empty());
        assertThat(result.get(1)).isEqualTo(java.util.OptionalLong.of(2_345));
        assertThat(result.get(2)).isEqualTo(java.util.OptionalLong.empty());
    }
}

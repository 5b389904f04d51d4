package io.sparkworkbench.engine.datagen;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The plain-Java mirrors agree with the Spark expressions they stand for. */
class HashRandomTest {

    @Test
    void javaUniformEqualsSparkUniform() {
        HashRandom random = new HashRandom(7);
        List<Row> rows = DataGenTestSupport.spark().range(0, 500)
                .select(col("id"), random.uniform(99, col("id"), col("id").plus(3))).collectAsList();
        for (Row row : rows) {
            long id = row.getLong(0);
            assertThat(row.getDouble(1)).isEqualTo(random.uniform(99, id, id + 3));
            assertThat(row.getDouble(1)).isBetween(0.0, 1.0);
        }
    }

    @Test
    void segmentOfIdAgreesWithTheSparkLayoutAndItsShares() {
        CustomerLayout layout = CustomerLayout.of(1_000, 42);
        List<Row> rows = DataGenTestSupport.spark().range(1, 1_001)
                .select(col("id"), layout.segmentOfId(col("id"))).collectAsList();
        for (Row row : rows) {
            assertThat(layout.segmentOf(row.getLong(0)).ordinal()).isEqualTo(row.getInt(1));
        }
        Map<CustomerSegment, Long> counts = rows.stream()
                .collect(Collectors.groupingBy(r -> layout.segmentOf(r.getLong(0)), Collectors.counting()));
        for (CustomerSegment s : CustomerSegment.values()) {
            assertThat(counts.get(s)).as(s.name()).isEqualTo(Math.round(1_000 * s.share()));
        }
    }

    @Test
    void customerPositionsAreAPermutation() {
        CustomerLayout layout = CustomerLayout.of(997, 5);
        long distinct = DataGenTestSupport.spark().range(0, 997)
                .select(layout.idOfPosition(col("id")).as("cid")).distinct().count();
        assertThat(distinct).isEqualTo(997);
    }

    @Test
    void lookupSlotsFollowTheWeightsAndFillTheTable() {
        int[] slots = Lookup.slots(new double[] {1, 2, 1}, 400);
        assertThat(slots).containsExactly(100, 200, 100);
        assertThat(java.util.Arrays.stream(Lookup.slots(new double[] {0.3, 0.3, 0.4}, 7)).sum()).isEqualTo(7);
    }
}

package io.sparkworkbench.engine.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PartitionServiceTest {

    private static final SparkEngine ENGINE = SharedSparkEngine.get();
    private final PartitionService partitions = new PartitionService(ENGINE);

    @BeforeAll
    static void fourPartitionsOfAThousandRows() {
        ENGINE.awaitSession().range(0, 1_000, 1, 4).selectExpr("id", "id % 5 AS bucket").createOrReplaceTempView("`part source`");
    }

    private static long sum(PartitionInfo info) {
        return info.rowsPerPartition().stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void inspectCountsTheRowsOfEveryPartitionInOrder() {
        PartitionInfo info = partitions.inspect("part source").future().join();
        assertThat(info.table()).isEqualTo("part source");
        assertThat(info.partitions()).isEqualTo(4);
        assertThat(info.rowsPerPartition()).containsExactly(250L, 250L, 250L, 250L);
        assertThat(info.lineage()).contains("MapPartitionsRDD");
        assertThat(info.physicalPlan().size()).isPositive();
    }

    @Test
    void repartitionRegistersAViewWithThatManyPartitions() {
        PartitionInfo seven = partitions.repartition("part source", 7, List.of(), "part seven").future().join();
        assertThat(seven.table()).isEqualTo("part seven");
        assertThat(seven.partitions()).isEqualTo(7);
        assertThat(seven.rowsPerPartition()).hasSize(7);
        assertThat(sum(seven)).isEqualTo(1_000);
        // The view keeps its repartition: inspecting it again shows the same layout.
        assertThat(partitions.inspect("part seven").future().join().partitions()).isEqualTo(7);
        assertThat(ENGINE.awaitSession().table("`part seven`").count()).isEqualTo(1_000);
    }

    @Test
    void repartitionByAColumnPutsEachValueInOnePartitionAndLeavesEmptyOnesAsZeros() {
        PartitionInfo byBucket = partitions.repartition("part source", 8, List.of("BUCKET"), "part by bucket").future().join();
        assertThat(byBucket.partitions()).isEqualTo(8);
        assertThat(byBucket.rowsPerPartition()).hasSize(8);
        assertThat(sum(byBucket)).isEqualTo(1_000);
        // Five values hashed into eight partitions: at least three are empty, and each value's 200 rows stay together.
        assertThat(byBucket.rowsPerPartition().stream().filter(n -> n == 0).count()).isGreaterThanOrEqualTo(3);
        assertThat(byBucket.rowsPerPartition()).allSatisfy(n -> assertThat(n % 200).isZero());
    }

    @Test
    void coalesceReducesThePartitionsWithoutAShuffle() {
        PartitionInfo two = partitions.coalesce("part source", 2, "part two").future().join();
        assertThat(two.partitions()).isEqualTo(2);
        assertThat(sum(two)).isEqualTo(1_000);
        assertThat(two.lineage()).doesNotContain("ShuffledRowRDD");
        assertThat(partitions.inspect("part two").future().join().partitions()).isEqualTo(2);
    }

    @Test
    void invalidRequestsFailWithMessagesThatSayWhy() {
        assertThatThrownBy(() -> partitions.repartition("part source", 0, List.of(), "p0").future().join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(EngineException.class)
                .hasMessageContaining("must be at least 1, not 0");
        assertThatThrownBy(() -> partitions.coalesce("part source", -3, "p0").future().join())
                .hasMessageContaining("must be at least 1, not -3");
        assertThatThrownBy(() -> partitions.repartition("part source", 2, List.of("nope"), "p1").future().join())
                .hasCauseInstanceOf(EngineException.class)
                .hasMessageContaining("No column named nope in part source").hasMessageContaining("id, bucket");
        assertThatThrownBy(() -> partitions.coalesce("part source", 2, " ").future().join())
                .hasMessageContaining("needs a name");
        assertThatThrownBy(() -> partitions.inspect("part missing").future().join())
                .hasMessageContaining("No table or view named part missing");
    }
}

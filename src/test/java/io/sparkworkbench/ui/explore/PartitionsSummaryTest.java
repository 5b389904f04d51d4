package io.sparkworkbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.explore.PartitionInfo;
import io.sparkworkbench.engine.sql.PlanNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionsSummaryTest {

    private static final PlanNode PLAN = new PlanNode("Scan", "", List.of(), List.of());

    @Test
    void summaryShowsSkewAsMaxOverMean() {
        PartitionInfo info = new PartitionInfo("t", 4, List.of(10L, 10L, 10L, 50L), "", PLAN);
        assertThat(PartitionsView.summarize(info))
                .isEqualTo("4 partitions · rows per partition: min 10, max 50, mean 20 · skew (max / mean) 2.5");
        assertThat(PartitionsView.bars(info)).hasSize(4);
    }

    @Test
    void saysWhenOnlyTheFirstPartitionsWereCounted() {
        PartitionInfo info = new PartitionInfo("t", 20_000, List.of(1L, 1L), "", PLAN);
        assertThat(PartitionsView.summarize(info)).startsWith("20,000 partitions (first 2 counted)");
    }
}

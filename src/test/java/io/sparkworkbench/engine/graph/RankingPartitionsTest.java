package io.sparkworkbench.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RankingPartitionsTest {

    @Test
    void aSmallGraphIsWalkedInOnePartition() {
        assertEquals(1, RankingPartitions.forEdges(0));
        assertEquals(1, RankingPartitions.forEdges(86_000));
        assertEquals(1, RankingPartitions.forEdges(RankingPartitions.EDGES_PER_PARTITION));
    }

    @Test
    void aLargerGraphGetsOnePartitionPerMillionWalkedEdges() {
        assertEquals(2, RankingPartitions.forEdges(RankingPartitions.EDGES_PER_PARTITION + 1));
        assertEquals(9, RankingPartitions.forEdges(8_800_000));
    }

    @Test
    void noCountOverflowsThePartitionNumber() {
        assertEquals(Integer.MAX_VALUE, RankingPartitions.forEdges(Long.MAX_VALUE));
    }
}

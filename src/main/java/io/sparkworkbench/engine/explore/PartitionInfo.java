package io.sparkworkbench.engine.explore;

import io.sparkworkbench.engine.sql.PlanNode;
import java.util.List;

/**
 * The RDD view of a table: how many partitions it has, the rows in each (index = partition id, zero for
 * an empty partition; only the first {@link PartitionService#MAX_PARTITIONS_COUNTED} partitions are
 * listed, so the list is shorter than {@code partitions} when there are more), the RDD lineage
 * ({@code toDebugString}) and the physical plan.
 */
public record PartitionInfo(String table, int partitions, List<Long> rowsPerPartition, String lineage, PlanNode physicalPlan) {
}

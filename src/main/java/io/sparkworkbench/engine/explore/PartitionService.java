package io.sparkworkbench.engine.explore;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import java.util.List;

/** Partitions, lineage and plan of a view; repartition and coalesce into a new view. */
public final class PartitionService {

    /** More partitions than this are counted in one number, not drawn one bar each. */
    public static final int MAX_PARTITIONS_COUNTED = 10_000;

    private final SparkEngine engine;

    public PartitionService(SparkEngine engine) {
        this.engine = engine;
    }

    public EngineTask<PartitionInfo> inspect(String table) {
        throw new UnsupportedOperationException("in progress");
    }

    /** {@code columns} empty: round-robin; else hash-partitioned by them. Registers {@code newView}. */
    public EngineTask<PartitionInfo> repartition(String table, int partitions, List<String> columns, String newView) {
        throw new UnsupportedOperationException("in progress");
    }

    public EngineTask<PartitionInfo> coalesce(String table, int partitions, String newView) {
        throw new UnsupportedOperationException("in progress");
    }
}

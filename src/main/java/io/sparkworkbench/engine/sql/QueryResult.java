package io.sparkworkbench.engine.sql;

import java.util.List;

/**
 * One page of a statement's result as plain values: rows {@code firstRow} to {@code firstRow + rows.size()},
 * and {@code more} when the statement has rows beyond them (fetched as {@code limit(cap + 1)}). For a
 * query, the plan Spark executed with the metrics it recorded.
 */
public record QueryResult(SqlStatement statement, List<ColumnInfo> columns, List<List<Object>> rows, long firstRow,
                          boolean more, long elapsedMs, java.util.Optional<PlanNode> executedPlan) {
}

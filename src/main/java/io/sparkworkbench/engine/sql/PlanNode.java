package io.sparkworkbench.engine.sql;

import java.util.List;

/**
 * One operator of a physical plan as the plan view shows it: its name, its details (Spark's one-line
 * description), the metrics Spark recorded when it ran ("number of output rows: 1,234"), and its inputs.
 */
public record PlanNode(String name, String details, List<String> metrics, List<PlanNode> children) {

    public int size() {
        return 1 + children.stream().mapToInt(PlanNode::size).sum();
    }
}

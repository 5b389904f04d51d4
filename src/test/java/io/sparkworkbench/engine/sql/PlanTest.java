package io.sparkworkbench.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.testing.SharedSparkEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class PlanTest {

    private final QueryService service = new QueryService(SharedSparkEngine.get());
    private static final String JOIN = "SELECT a.id, count(*) AS n FROM range(1000) a JOIN range(500) b ON a.id = b.id GROUP BY a.id";

    private static List<PlanNode> flatten(PlanNode node) {
        List<PlanNode> all = new ArrayList<>();
        all.add(node);
        node.children().forEach(c -> all.addAll(flatten(c)));
        return all;
    }

    @Test
    void explainShowsThePhysicalPlanWithoutRunningIt() {
        PlanNode plan = service.explain(SqlStatement.of(JOIN), JOIN).future().join();
        assertThat(plan.size()).isGreaterThan(3);
        assertThat(flatten(plan)).extracting(PlanNode::name).anyMatch(n -> n.contains("Join"))
                .anyMatch(n -> n.contains("Range"));
        assertThat(flatten(plan)).allMatch(n -> n.metrics().isEmpty());
    }

    @Test
    void aRunKeepsTheExecutedPlanWithItsMetrics() {
        QueryResult result = service.run(SqlStatement.of(JOIN), JOIN, 10).future().join();
        PlanNode plan = result.executedPlan().orElseThrow();
        assertThat(flatten(plan)).flatExtracting(PlanNode::metrics).anyMatch(m -> m.startsWith("number of output rows: "));
    }

    @Test
    void commandsAreNotExplainedAndNotRun() {
        String sql = "CREATE OR REPLACE TEMP VIEW plan_never_created AS SELECT 1";
        assertThatThrownBy(() -> service.explain(SqlStatement.of(sql), sql).future().join())
                .isInstanceOf(CompletionException.class).cause().hasMessageContaining("Only queries have a plan");
        assertThat(SharedSparkEngine.get().awaitSession().catalog().tableExists("plan_never_created")).isFalse();
    }

    @Test
    void explainOfABadQueryPointsAtTheError() {
        String sql = "SELECT nope FROM range(3)";
        Throwable thrown = null;
        try {
            service.explain(SqlStatement.of(sql), sql).future().join();
        } catch (CompletionException e) {
            thrown = e.getCause();
        }
        assertThat(thrown).isInstanceOf(SqlException.class);
        assertThat(((SqlException) thrown).error().column()).isEqualTo(8);
    }
}

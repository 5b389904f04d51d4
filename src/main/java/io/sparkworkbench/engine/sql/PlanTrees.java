package io.sparkworkbench.engine.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.adaptive.AdaptiveSparkPlanExec;
import org.apache.spark.sql.execution.adaptive.QueryStageExec;
import org.apache.spark.sql.execution.metric.SQLMetric;
import scala.jdk.javaapi.CollectionConverters;

/** Converts Spark's physical plan into plain {@link PlanNode}s, looking through adaptive-execution wrappers. */
public final class PlanTrees {

    private static final int MAX_DETAILS = 400;

    private PlanTrees() {
    }

    public static PlanNode of(SparkPlan plan, boolean withMetrics) {
        SparkPlan shown = plan;
        if (plan instanceof AdaptiveSparkPlanExec adaptive) {
            // After a run this is the plan AQE settled on; before, the initial one.
            shown = adaptive.executedPlan();
        }
        if (shown instanceof QueryStageExec stage) {
            return of(stage.plan(), withMetrics);
        }
        List<PlanNode> children = new ArrayList<>();
        for (SparkPlan child : CollectionConverters.asJava(shown.children())) {
            children.add(of(child, withMetrics));
        }
        String details = shown.simpleString(25);
        if (details.length() > MAX_DETAILS) {
            details = details.substring(0, MAX_DETAILS - 1) + "…";
        }
        return new PlanNode(shown.nodeName(), details, withMetrics ? metrics(shown) : List.of(), children);
    }

    private static List<String> metrics(SparkPlan plan) {
        List<String> out = new ArrayList<>();
        Map<String, SQLMetric> metrics = CollectionConverters.asJava(plan.metrics());
        metrics.values().stream()
                .filter(m -> m.value() > 0 && m.name().isDefined())
                .sorted(java.util.Comparator.comparing(m -> m.name().get()))
                .forEach(m -> out.add(m.name().get() + ": " + format(m)));
        return out;
    }

    private static String format(SQLMetric metric) {
        String type = metric.metricType().toLowerCase(Locale.ROOT);
        long v = metric.value();
        if (type.contains("size")) {
            return v < 1024 * 1024 ? String.format(Locale.US, "%,.1f KB", v / 1024.0)
                    : v < 1024L * 1024 * 1024 ? String.format(Locale.US, "%,.1f MB", v / (1024.0 * 1024))
                    : String.format(Locale.US, "%,.2f GB", v / (1024.0 * 1024 * 1024));
        }
        if (type.contains("nstiming")) {
            return String.format(Locale.US, "%,.1f ms", v / 1e6);
        }
        if (type.contains("timing")) {
            return String.format(Locale.US, "%,d ms", v);
        }
        return String.format(Locale.US, "%,d", v);
    }
}

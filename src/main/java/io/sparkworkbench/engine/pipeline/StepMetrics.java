package io.sparkworkbench.engine.pipeline;

import io.sparkworkbench.engine.graph.CommunityResult;
import io.sparkworkbench.engine.ml.churn.ChurnResult;
import io.sparkworkbench.engine.ml.churn.ModelReport;
import io.sparkworkbench.engine.ml.recommend.ModelRole;
import io.sparkworkbench.engine.ml.recommend.RecommendEvaluation;
import io.sparkworkbench.engine.ml.recommend.RecommendResult;
import io.sparkworkbench.engine.ml.segment.SegmentationResult;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The quality figures a step's record keeps of the model it trained, as {@code name=value;…} (names and values
 * hold no {@code ;} or {@code =}): what the report shows per step without loading the model again. Scores keep
 * four decimals, so the same seed and scale give the same text.
 */
final class StepMetrics {

    private StepMetrics() {
    }

    static String of(SegmentationResult result) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("customers", Long.toString(result.customers()));
        m.put("silhouette", score(result.silhouette()));
        m.put("wssse", String.format(Locale.ROOT, "%.1f", result.wssse()));
        result.planted().ifPresent(p -> m.put("adjusted Rand index vs planted segments", score(p.adjustedRand())));
        return join(m);
    }

    static String of(ChurnResult result) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("best model", result.best().label());
        for (ModelReport report : result.models()) {
            m.put("AUC " + report.kind().label(), score(report.auc()));
        }
        m.put("base churn rate", score(result.baseChurnRate()));
        m.put("train customers", Long.toString(result.trainCount()));
        m.put("test customers", Long.toString(result.testCount()));
        return join(m);
    }

    static String of(RecommendResult result) {
        RecommendEvaluation e = result.evaluation();
        Map<String, String> m = new LinkedHashMap<>();
        for (ModelRole role : ModelRole.values()) {
            m.put("precision@" + e.k() + " " + role.label(), score(e.scores(role).precision()));
        }
        m.put("NDCG@" + e.k() + " ALS", score(e.scores(ModelRole.ALS).ndcg()));
        m.put("ALS precision / most popular", String.format(Locale.ROOT, "%.2f", e.precisionRatioVsPopular()));
        m.put("evaluated customers", Long.toString(e.evaluatedCustomers()));
        return join(m);
    }

    static String of(CommunityResult result) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("communities", Long.toString(result.communities()));
        if (!result.largest().isEmpty()) {
            m.put("largest community members", Long.toString(result.largest().get(0).nodes()));
        }
        m.put("edges used", result.edgesUsed() + " of " + result.edges());
        return join(m);
    }

    /** The figures of a record, in the order they were written. */
    static Map<String, String> parse(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                m.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return m;
    }

    static String join(Map<String, String> figures) {
        StringJoiner out = new StringJoiner(";");
        figures.forEach((name, value) -> {
            if (name.contains(";") || name.contains("=") || value.contains(";")) {
                throw new IllegalArgumentException("a metric's name or value holds ';' or '=': " + name + "=" + value);
            }
            out.add(name + "=" + value);
        });
        return out.toString();
    }

    private static String score(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}

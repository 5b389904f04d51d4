package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.chart.BarValue;
import io.sparkworkbench.chart.ChartWithData;
import io.sparkworkbench.chart.ValueFormat;
import io.sparkworkbench.chart.WorkbenchCharts;
import io.sparkworkbench.engine.ml.recommend.CategoryShare;
import io.sparkworkbench.engine.ml.recommend.ModelScores;
import io.sparkworkbench.engine.ml.recommend.RankingScores;
import io.sparkworkbench.engine.ml.recommend.RecommendEvaluation;
import java.util.ArrayList;
import java.util.List;

/** The recommendation tab's charts, from the shared bar chart (so they zoom, show tooltips and export like every chart). */
final class RecommendCharts {

    private RecommendCharts() {
    }

    /**
     * The ranking metrics of ALS and both baselines, grouped by metric. Novelty (bits) and RMSE (stars) are on
     * other scales, so they stay in the table.
     */
    static ChartWithData metrics(RecommendEvaluation evaluation) {
        String at = "@" + evaluation.k();
        List<BarValue> bars = new ArrayList<>();
        for (ModelScores m : evaluation.models()) {
            RankingScores s = m.scores();
            String series = m.role().label();
            bars.add(new BarValue("precision" + at, series, s.precision()));
            bars.add(new BarValue("recall" + at, series, s.recall()));
            bars.add(new BarValue("MAP" + at, series, s.map()));
            bars.add(new BarValue("NDCG" + at, series, s.ndcg()));
            bars.add(new BarValue("coverage", series, s.coverage()));
        }
        return WorkbenchCharts.barChart("ALS against its baselines on held-out ratings (higher is better)", null, "Score (0–1)",
                ValueFormat.DECIMAL, bars);
    }

    /** Each category's share of the purchases and of the recommendations, in percent. */
    static ChartWithData categoryMix(String title, List<CategoryShare> shares) {
        List<BarValue> bars = new ArrayList<>();
        for (CategoryShare share : shares) {
            bars.add(new BarValue(share.category(), "History", 100 * share.historyShare()));
            bars.add(new BarValue(share.category(), "Recommended", 100 * share.recommendedShare()));
        }
        return WorkbenchCharts.barChart(title, null, "Share of items (%)", ValueFormat.INTEGER, bars);
    }
}

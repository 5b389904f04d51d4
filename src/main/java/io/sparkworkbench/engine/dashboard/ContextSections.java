package io.sparkworkbench.engine.dashboard;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.sparkworkbench.engine.graph.GraphViews;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.recommend.ModelScores;
import io.sparkworkbench.engine.ml.recommend.RecommendEvaluation;
import io.sparkworkbench.engine.ml.recommend.RecommendResult;
import io.sparkworkbench.engine.ml.recommend.SavedRecommendMetrics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The charts other tabs make possible: communities of the Graph tab and the saved recommendation evaluation.
 * Each says what to do first when its producer has not run.
 */
final class ContextSections {

    static final int MAX_COMMUNITIES = 15;
    static final String NO_SEGMENTS = "Train a segmentation model on the Segments tab first";
    static final String NO_CHURN = "Train the churn model on the Segments tab to see churn risk per segment";
    static final String NO_RECOMMEND = "Train a recommendation model on the Recommendations tab first";
    static final String NO_COMMUNITIES = "Find communities on the Graph tab first (open the social graph, run label propagation)";

    private ContextSections() {
    }

    /** The largest communities of {@code graph_communities} (not filtered: the graph's nodes are not the period's orders). */
    static Section<RankedItem> communities(SparkSession spark) {
        if (!DashboardFrames.hasView(spark, GraphViews.COMMUNITIES)) {
            return Section.missing(NO_COMMUNITIES);
        }
        List<Row> rows = spark.table(GraphViews.COMMUNITIES).groupBy(col("community")).agg(count(lit(1)).as("members"))
                .orderBy(col("members").desc(), col("community")).limit(MAX_COMMUNITIES).collectAsList();
        List<RankedItem> items = new ArrayList<>();
        for (Row row : rows) {
            long community = ((Number) row.get(0)).longValue();
            items.add(new RankedItem(community, "Community " + community, row.getLong(1)));
        }
        return Section.of(items);
    }

    /** The saved model's evaluation (ALS against most popular and random), read from its properties file only. */
    static Optional<RecommendEvaluation> savedEvaluation(Path dataFolder, Optional<Path> datasetFolder) {
        return datasetFolder.flatMap(folder -> SavedRecommendMetrics.read(dataFolder, DatasetKey.of(folder)))
                .map(RecommendResult::evaluation);
    }

    static Section<ModelQuality> recommendations(Optional<RecommendEvaluation> saved) {
        if (saved.isEmpty()) {
            return Section.missing(NO_RECOMMEND);
        }
        List<ModelQuality> models = new ArrayList<>();
        for (ModelScores m : saved.get().models()) {
            models.add(new ModelQuality(m.role().label(), m.scores().precision(), m.scores().recall(), m.scores().ndcg()));
        }
        return Section.of(models);
    }
}

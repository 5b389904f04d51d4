package io.sparkworkbench.engine.dashboard;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.sparkworkbench.engine.EngineContext;
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
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The charts other tabs make possible: segments (with churn risk) of the Segments tab, communities of the Graph tab
 * and the saved recommendation evaluation. Each says what to do first when its producer has not run, and which view
 * cannot be read when its files are gone (a deleted pipeline run folder): that section is missing, the rest is shown.
 */
final class ContextSections {

    private static final Logger LOG = LoggerFactory.getLogger(ContextSections.class);

    static final int MAX_COMMUNITIES = 15;
    static final String NO_SEGMENTS = "Train a segmentation model on the Segments tab first";
    static final String NO_CHURN = "Train the churn model on the Segments tab to see churn risk per segment";
    static final String NO_RECOMMEND = "Train a recommendation model on the Recommendations tab first";
    static final String NO_COMMUNITIES = "Find communities on the Graph tab first (open the social graph, run label propagation)";

    static final String AGAIN_SEGMENTS = "train the segmentation model again on the Segments tab";
    static final String AGAIN_CHURN = "train the churn model again on the Segments tab";
    static final String AGAIN_COMMUNITIES = "run the communities again on the Graph tab";

    private ContextSections() {
    }

    /** The segment chart, and the note under it about churn ("" when churn risk is shown). */
    record Segments(Section<SegmentRisk> section, String churnNote) {
    }

    /**
     * Active customers of the period per segment, with churn risk when {@code customer_churn} exists and can be read;
     * an unreadable churn view leaves the segments without churn and says why in the note.
     */
    static Segments segments(EngineContext context, DashboardFrames frames) {
        SparkSession spark = context.spark();
        if (!DashboardFrames.hasView(spark, DashboardFrames.SEGMENTS_VIEW)) {
            return new Segments(Section.missing(NO_SEGMENTS), "");
        }
        String churnNote = NO_CHURN;
        if (DashboardFrames.hasView(spark, DashboardFrames.CHURN_VIEW)) {
            Section<SegmentRisk> withChurn = readable(context, DashboardFrames.CHURN_VIEW, AGAIN_CHURN, () -> ChartQueries.segments(frames, true));
            if (withChurn.available()) {
                return new Segments(withChurn, "");
            }
            // Either view may be the broken one: without churn, the segments alone tell which.
            churnNote = withChurn.missing();
        }
        Section<SegmentRisk> alone = readable(context, DashboardFrames.SEGMENTS_VIEW, AGAIN_SEGMENTS, () -> ChartQueries.segments(frames, false));
        return new Segments(alone, alone.available() ? churnNote : "");
    }

    /** The largest communities of {@code graph_communities} (not filtered: the graph's nodes are not the period's orders). */
    static Section<RankedItem> communities(EngineContext context) {
        SparkSession spark = context.spark();
        if (!DashboardFrames.hasView(spark, GraphViews.COMMUNITIES)) {
            return Section.missing(NO_COMMUNITIES);
        }
        return readable(context, GraphViews.COMMUNITIES, AGAIN_COMMUNITIES, () -> {
            List<Row> rows = spark.table(GraphViews.COMMUNITIES).groupBy(col("community")).agg(count(lit(1)).as("members"))
                    .orderBy(col("members").desc(), col("community")).limit(MAX_COMMUNITIES).collectAsList();
            List<RankedItem> items = new ArrayList<>();
            for (Row row : rows) {
                long community = ((Number) row.get(0)).longValue();
                items.add(new RankedItem(community, "Community " + community, row.getLong(1)));
            }
            return items;
        });
    }

    /**
     * The rows {@code query} reads from the optional {@code view}, or the section missing with what went wrong and
     * {@code remedy} when it fails. A Stop is no failure of the view: it goes on up and stops the whole refresh.
     */
    static <T> Section<T> readable(EngineContext context, String view, String remedy, Supplier<List<T>> query) {
        try {
            return Section.of(query.get());
        } catch (Exception e) { // Spark throws its checked SparkException from Scala, undeclared
            if (context.isCancelRequested() || e instanceof CancellationException) {
                throw stopped(view, e);
            }
            String why = view + " could not be read: " + UnreadableView.problem(e) + "; " + remedy;
            LOG.info("Dashboard section missing: {}", why);
            return Section.missing(why);
        }
    }

    private static RuntimeException stopped(String view, Exception e) {
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        CancellationException stop = new CancellationException("Stopped while reading " + view);
        stop.initCause(e);
        return stop;
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

package io.sparkworkbench.engine.ml.churn;

import io.sparkworkbench.engine.ml.features.CustomerFeature;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.classification.GBTClassificationModel;
import org.apache.spark.ml.classification.GBTClassifier;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.classification.RandomForestClassificationModel;
import org.apache.spark.ml.classification.RandomForestClassifier;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.util.HasTrainingSummary;

/**
 * The two churn classifiers as Spark ML pipelines, so each is saved and reloaded whole. Logistic regression
 * gets {@code log1p} of the skewed counts and amounts, then standardized features (so |coefficient| compares
 * features); the trees take the raw features, which they split on as they are.
 */
final class ChurnPipelines {

    static final String FEATURES = "features";
    static final String PROBABILITY = "probability";

    private ChurnPipelines() {
    }

    static Pipeline logisticRegression(List<String> features) {
        java.util.Set<String> skewed = new java.util.HashSet<>();
        features.stream().filter(f -> CustomerFeature.ofColumn(f).map(CustomerFeature::skewed).orElse(false)).forEach(skewed::add);
        List<PipelineStage> stages = new ArrayList<>(
                io.sparkworkbench.engine.ml.segment.SegmentationPipeline.logAndScale(features, skewed, FEATURES));
        // Already standardized above: LR's own standardization would only hide that from the coefficients.
        stages.add(new LogisticRegression().setFeaturesCol(FEATURES).setLabelCol(ChurnFrames.LABEL).setMaxIter(100)
                .setRegParam(0.001).setStandardization(false));
        return new Pipeline().setStages(stages.toArray(PipelineStage[]::new));
    }

    static Pipeline ensemble(ChurnRequest request, List<String> features) {
        VectorAssembler assembler = new VectorAssembler().setInputCols(features.toArray(String[]::new)).setOutputCol(FEATURES)
                .setHandleInvalid("keep");
        PipelineStage classifier = request.ensemble() == ModelKind.GBT
                ? new GBTClassifier().setFeaturesCol(FEATURES).setLabelCol(ChurnFrames.LABEL).setMaxIter(request.trees())
                .setMaxDepth(request.maxDepth()).setSeed(request.seed())
                : new RandomForestClassifier().setFeaturesCol(FEATURES).setLabelCol(ChurnFrames.LABEL).setNumTrees(request.trees())
                .setMaxDepth(request.maxDepth()).setSeed(request.seed());
        return new Pipeline().setStages(new PipelineStage[]{assembler, classifier});
    }

    /**
     * Fits {@code pipeline} and drops the classifiers' training summaries. A summary holds the SparkSession,
     * which Spark 4.1 cannot serialize (its ObservationManager is not Serializable), and the probability UDF
     * of {@code transform} captures the model with its summary: scoring then fails with "Task not
     * serializable". Nothing here reads the summaries; the test-set figures come from {@link ChurnEvaluation}.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static PipelineModel fit(Pipeline pipeline, org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> data) {
        PipelineModel model = pipeline.fit(data);
        for (Transformer stage : model.stages()) {
            if (stage instanceof HasTrainingSummary summarized) {
                summarized.setSummary(scala.Option.empty());
            }
        }
        return model;
    }

    /** The model's weight of each feature, largest first: importances of trees, |coefficient| of LR. */
    static List<FeatureWeight> importance(PipelineModel model, List<String> features) {
        Transformer last = model.stages()[model.stages().length - 1];
        Vector weights;
        if (last instanceof LogisticRegressionModel lr) {
            weights = lr.coefficients();
        } else if (last instanceof RandomForestClassificationModel rf) {
            weights = rf.featureImportances();
        } else if (last instanceof GBTClassificationModel gbt) {
            weights = gbt.featureImportances();
        } else {
            throw new IllegalStateException("Not a churn classifier: " + last.getClass().getName());
        }
        List<FeatureWeight> out = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            out.add(new FeatureWeight(features.get(i), Math.abs(weights.apply(i))));
        }
        out.sort((a, b) -> Double.compare(b.value(), a.value()));
        return out;
    }

    /** Which classifier a fitted pipeline ends in. */
    static ModelKind kindOf(PipelineModel model) {
        Transformer last = model.stages()[model.stages().length - 1];
        if (last instanceof LogisticRegressionModel) {
            return ModelKind.LOGISTIC_REGRESSION;
        }
        return last instanceof GBTClassificationModel ? ModelKind.GBT : ModelKind.RANDOM_FOREST;
    }
}

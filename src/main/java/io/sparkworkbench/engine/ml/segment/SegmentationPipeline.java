package io.sparkworkbench.engine.ml.segment;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.feature.PCA;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.ml.feature.StandardScaler;
import org.apache.spark.ml.feature.VectorAssembler;

/**
 * The segmentation model as one Spark ML pipeline, so it is saved, reloaded and applied to live events
 * as a whole: optional {@code log1p} of skewed columns → VectorAssembler → StandardScaler (centred, so the
 * PCA below is a true principal-component projection) → KMeans (k-means||) → PCA to two dimensions for the
 * scatterplot.
 */
public final class SegmentationPipeline {

    public static final String SCALED = "scaled_features";
    public static final String SEGMENT = "segment";
    public static final String PROJECTION = "pca";
    static final String RAW = "raw_features";
    private static final String LOG_SUFFIX = "__log";

    private SegmentationPipeline() {
    }

    /** The stages up to the scaled vectors: what a k sweep fits once and caches. */
    public static List<PipelineStage> preparation(SegmentationRequest request) {
        return logAndScale(request.features(), request.logFeatures(), SCALED);
    }

    /**
     * {@code log1p} of the {@code logged} columns, then all {@code features} assembled and standardized
     * (centred and scaled) into {@code output}: the preparation every model of customer features shares.
     */
    public static List<PipelineStage> logAndScale(List<String> features, java.util.Set<String> logged, String output) {
        List<PipelineStage> stages = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        StringBuilder logs = new StringBuilder();
        for (String feature : features) {
            if (logged.contains(feature)) {
                // greatest(.., 0): recency and amounts cannot be negative in our data, but a user's view might be.
                logs.append(", log1p(greatest(`").append(feature).append("`, 0D)) AS `").append(feature).append(LOG_SUFFIX).append('`');
                inputs.add(feature + LOG_SUFFIX);
            } else {
                inputs.add(feature);
            }
        }
        if (logs.length() > 0) {
            stages.add(new SQLTransformer().setStatement("SELECT *" + logs + " FROM __THIS__"));
        }
        stages.add(new VectorAssembler().setInputCols(inputs.toArray(String[]::new)).setOutputCol(RAW).setHandleInvalid("keep"));
        stages.add(new StandardScaler().setInputCol(RAW).setOutputCol(output).setWithMean(true).setWithStd(true));
        return stages;
    }

    /**
     * Spark ML's K-Means with the row solver named: "auto" (the default) spends a whole aggregate over the
     * vectors on choosing between "row" and "block", and for these few dense columns chooses "row" (ADR 0021).
     */
    public static KMeans kMeans(SegmentationRequest request) {
        return new KMeans().setK(request.k()).setMaxIter(request.maxIterations()).setSeed(request.seed())
                .setInitMode("k-means||").setSolver("row").setFeaturesCol(SCALED).setPredictionCol(SEGMENT);
    }

    /** PCA of the scaled vectors to the scatterplot's two dimensions. */
    static PCA projection() {
        return new PCA().setK(2).setInputCol(SCALED).setOutputCol(PROJECTION);
    }

    /**
     * What scoring needs and nothing more: the preparation and K-Means, without the PCA the scatterplot draws with
     * (a consumer that fits a model on the spot to score customers never draws them; ADR 0036).
     */
    public static Pipeline scoring(SegmentationRequest request) {
        List<PipelineStage> stages = new ArrayList<>(preparation(request));
        stages.add(kMeans(request));
        return new Pipeline().setStages(stages.toArray(PipelineStage[]::new));
    }

    public static Pipeline full(SegmentationRequest request) {
        List<PipelineStage> stages = new ArrayList<>(preparation(request));
        stages.add(kMeans(request));
        stages.add(projection());
        return new Pipeline().setStages(stages.toArray(PipelineStage[]::new));
    }
}

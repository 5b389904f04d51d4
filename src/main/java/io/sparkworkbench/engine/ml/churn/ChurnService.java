package io.sparkworkbench.engine.ml.churn;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineErrors;
import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.EnginePool;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.features.CustomerFeature;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.apache.spark.sql.functions.col;

/**
 * Churn risk: trains logistic regression and a tree ensemble on customers labelled "no order in the N days
 * before the cut-off" from their features N days earlier, evaluates both on a held-out test set, scores every
 * customer with the better one as the view {@code customer_churn}, and saves both under the data set's model
 * folder ({@code models/<dataset>/churn/}).
 */
public final class ChurnService {

    public static final String MODEL_NAME = "churn";
    private static final Logger LOG = LoggerFactory.getLogger(ChurnService.class);
    private static final String IS_TEST = "is_test";

    private final SparkEngine engine;

    public ChurnService(SparkEngine engine) {
        this.engine = engine;
    }

    /** The data set at {@code datasetFolder} opened: its key, data end, features and saved model (re-registering {@code customer_churn}). */
    public EngineTask<ChurnOpening> open(Path datasetFolder) {
        return engine.submit("Churn model of " + datasetFolder.getFileName(), EnginePool.INTERACTIVE, context -> {
            DatasetKey key = DatasetKey.of(datasetFolder);
            ChurnFrames frames = new ChurnFrames(context.spark());
            List<String> available = CustomerFeature.columns(frames.available());
            LocalDate dataEnd = frames.dataEnd();
            try {
                return new ChurnOpening(key, dataEnd, available, loadSaved(context, key), Optional.empty());
            } catch (EngineException e) {
                LOG.info("Saved churn model not loaded: {}", e.getMessage());
                return new ChurnOpening(key, dataEnd, available, Optional.empty(), Optional.of(e.getMessage()));
            }
        });
    }

    /** The model saved for {@code key}, rescored on the open data (re-registers {@code customer_churn}); empty when none is saved. */
    public EngineTask<Optional<ChurnResult>> loadSaved(DatasetKey key) {
        return engine.submit("Load churn model of " + key.folder().getFileName(), EnginePool.INTERACTIVE, context -> loadSaved(context, key));
    }

    public EngineTask<ChurnResult> train(ChurnRequest request, DatasetKey key) {
        String label = "Train churn model (" + request.ensemble().label().toLowerCase(java.util.Locale.ROOT) + ", "
                + request.horizonDays() + " days)";
        // Long work, though the user started it and waits: the background pool (ADR 0014), so a query typed
        // meanwhile is not queued behind the forest's tasks. Alone it gets every core all the same.
        return engine.submit(label, EnginePool.BACKGROUND, context -> train(context, request, key));
    }

    static ChurnResult train(EngineContext context, ChurnRequest request, DatasetKey key) {
        ChurnFrames frames = new ChurnFrames(context.spark());
        List<String> features;
        try {
            features = request.featuresFor(frames.available());
        } catch (IllegalArgumentException e) {
            throw new EngineException(e.getMessage(), e);
        }
        LocalDate dataEnd = frames.dataEnd();
        LocalDate cutoff = request.cutoffFor(dataEnd);
        if (cutoff.isAfter(dataEnd)) {
            throw new EngineException("The churn cut-off " + cutoff + " is after the data's end " + dataEnd
                    + " (the day after the last order): customers would look churned only because the data stops");
        }
        LocalDate featureDate = cutoff.minusDays(request.horizonDays());
        // Rows in a fixed place and order: a forest's bootstrap samples by partition and row, and rows arrive
        // from a shuffle in any order, so without this the same seed would grow other trees.
        int partitions = Math.max(1, Integer.parseInt(context.spark().conf().get("spark.sql.shuffle.partitions")));
        Dataset<Row> labelled = frames.labelled(featureDate, cutoff, features)
                .withColumn(IS_TEST, ChurnFrames.isTest(request.testFraction(), request.seed()))
                .repartition(partitions, col(ChurnFrames.CUSTOMER)).sortWithinPartitions(ChurnFrames.CUSTOMER)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            SplitCounts counts = SplitCounts.of(labelled, IS_TEST);
            counts.requireBothClasses(featureDate, cutoff);
            Dataset<Row> train = labelled.filter(col(IS_TEST).equalTo(false));
            Dataset<Row> test = labelled.filter(col(IS_TEST).equalTo(true));
            Map<ModelKind, PipelineModel> models = new EnumMap<>(ModelKind.class);
            context.checkCancelled();
            models.put(ModelKind.LOGISTIC_REGRESSION, ChurnPipelines.fit(ChurnPipelines.logisticRegression(features), train));
            context.checkCancelled();
            models.put(request.ensemble(), ChurnPipelines.fit(ChurnPipelines.ensemble(request, features), train));
            List<ModelReport> reports = new java.util.ArrayList<>();
            for (Map.Entry<ModelKind, PipelineModel> e : models.entrySet()) {
                context.checkCancelled();
                reports.add(ChurnEvaluation.report(e.getKey(), e.getValue().transform(test),
                        ChurnPipelines.importance(e.getValue(), features)));
            }
            ModelReport best = reports.stream().reduce((a, b) -> b.auc() > a.auc() ? b : a).orElseThrow();
            context.checkCancelled();
            ChurnScoring.Scores scores = ChurnScoring.score(frames, models.get(best.kind()), best.kind(), dataEnd, features);
            ChurnResult result = new ChurnResult(request, cutoff, featureDate, dataEnd, features, counts.churnRate(), counts.train(),
                    counts.test(), reports, best.kind(), scores.preview(), scores.scored(), scores.bands(), Instant.now(), false,
                    Optional.empty());
            context.checkCancelled();
            return save(context, key, models, result);
        } finally {
            labelled.unpersist(false);
        }
    }

    private static ChurnResult save(EngineContext context, DatasetKey key, Map<ModelKind, PipelineModel> models, ChurnResult result) {
        ChurnStore store = new ChurnStore(key.modelFolder(context.dataFolder(), MODEL_NAME));
        try {
            store.save(models, result, key.fingerprint());
            return result;
        } catch (EngineException e) {
            // The model is trained and customer_churn registered: losing both because the disk refused would help nobody.
            LOG.warn("Churn model not saved", e);
            return result.withSaveProblem(EngineErrors.describe(e));
        }
    }

    static Optional<ChurnResult> loadSaved(EngineContext context, DatasetKey key) {
        ChurnStore store = new ChurnStore(key.modelFolder(context.dataFolder(), MODEL_NAME));
        Optional<ChurnResult> saved = store.readResult();
        if (saved.isEmpty()) {
            return Optional.empty();
        }
        ChurnResult result = saved.get();
        PipelineModel best = store.load(result.best());
        ChurnFrames frames = new ChurnFrames(context.spark());
        LocalDate dataEnd = frames.dataEnd();
        context.checkCancelled();
        ChurnScoring.Scores scores = ChurnScoring.score(frames, best, result.best(), dataEnd, result.features());
        return Optional.of(result.withScores(scores.preview(), scores.scored(), scores.bands()));
    }
}

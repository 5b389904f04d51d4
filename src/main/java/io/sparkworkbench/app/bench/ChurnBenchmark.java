package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.FileTrees;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.churn.ChurnRequest;
import io.sparkworkbench.engine.ml.churn.ChurnResult;
import io.sparkworkbench.engine.ml.churn.ChurnService;
import io.sparkworkbench.engine.ml.churn.ModelKind;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The churn model at scale 1 with the form's defaults (90 days to the data's end, a random forest of 50
 * trees of depth 5): the better model's test AUC ({@code ml.churn.auc}, issue 10's bar is 0.75), each
 * model's, and the time of a whole training (labels, both fits, evaluation, scoring every customer, saving).
 */
final class ChurnBenchmark {

    private final SparkEngine engine;
    private final Figures figures;

    ChurnBenchmark(SparkEngine engine, Figures figures) {
        this.engine = engine;
        this.figures = figures;
    }

    void run(boolean quick) throws Exception {
        Path root = Files.createTempDirectory("spark-workbench-bench-churn");
        DatasetKey key = null;
        try {
            Path folder = root.resolve("scale1");
            new DataGenService(engine).generate(GenerationRequest.allTables(1, 42, folder, DataFormat.PARQUET)).task().future().join();
            new DatasetCatalog(engine).open(folder).future().join();
            key = DatasetKey.of(folder);
            ChurnService service = new ChurnService(engine);
            long t0 = System.nanoTime();
            ChurnResult result = service.train(ChurnRequest.defaults(), key).future().join();
            figures.print("ml.churn.train_cold_ms", Math.round((System.nanoTime() - t0) / 1e6), "ms");
            if (!quick) {
                long t1 = System.nanoTime();
                service.train(ChurnRequest.defaults(), key).future().join();
                figures.print("ml.churn.train_warm_ms", Math.round((System.nanoTime() - t1) / 1e6), "ms");
            }
            figures.print("ml.churn.auc", result.bestReport().auc(), "auc");
            figures.print("ml.churn.lr_auc", result.report(ModelKind.LOGISTIC_REGRESSION).auc(), "auc");
            figures.print("ml.churn.rf_auc", result.report(ModelKind.RANDOM_FOREST).auc(), "auc");
            figures.print("ml.churn.base_rate", result.baseChurnRate(), "share");
            figures.note("churn: " + result.trainCount() + " customers to train, " + result.testCount() + " to test, "
                    + result.scoredCount() + " scored; better model " + result.best().label());
        } finally {
            GenerateBenchmark.delete(root);
            if (key != null) {
                // The saved model belongs to a data set that no longer exists: leave nothing in the user's data folder.
                FileTrees.deleteQuietly(key.modelFolder(engine.settings().dataFolder(), ChurnService.MODEL_NAME).getParent());
            }
        }
    }
}

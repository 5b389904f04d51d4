package io.sparkworkbench.engine.cluster;

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
import io.sparkworkbench.engine.ml.churn.ModelReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The churn model on the generated data at scale {@value #SCALE}: the labelled customers on each side of the
 * split, both models' test AUC to 6 places and their score histograms, and the rows of {@code customer_churn}
 * by risk band, all computed by Spark. The split hashes customer ids and the rows are laid out by customer
 * before the fits, so the forest grows the same trees on the executors as locally.
 */
final class ChurnModels implements ClusterCase {

    static final double SCALE = 0.1;

    @Override
    public String name() {
        return "churn";
    }

    @Override
    public Map<String, Object> run(SparkEngine engine, Path scratch) throws Exception {
        // The generate case ran first on this side and wrote the same data set: reuse it rather than spend
        // the suite's budget on a second generation.
        Path folder = scratch.resolveSibling("generate").resolve("generated");
        if (!java.nio.file.Files.isDirectory(folder) || GenerationDigests.SCALE != SCALE) {
            folder = scratch.resolve("generated");
            new DataGenService(engine).generate(GenerationRequest.allTables(SCALE, 42, folder, DataFormat.PARQUET))
                    .task().future().get(5, TimeUnit.MINUTES);
        }
        Path data = folder;
        engine.submit("cluster case: open churn data", ctx -> DatasetCatalog.register(ctx, data)).future().get(2, TimeUnit.MINUTES);
        DatasetKey key = DatasetKey.of(data);
        ChurnResult r = new ChurnService(engine).train(ChurnRequest.defaults().withEnsemble(ModelKind.RANDOM_FOREST, 10, 4), key)
                .future().get(5, TimeUnit.MINUTES);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("labelled customers (train, test, churn rate)", r.trainCount() + ", " + r.testCount() + ", " + round(r.baseChurnRate()));
        for (ModelReport m : r.models()) {
            values.put(m.kind().label() + " AUC", round(m.auc()));
            values.put(m.kind().label() + " score histogram", m.histogram());
        }
        values.put("customer_churn by band", r.bandCounts().toString() + " of " + r.scoredCount());
        values.put("save", r.saveProblem().orElse("saved"));
        return values;
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN);
    }
}

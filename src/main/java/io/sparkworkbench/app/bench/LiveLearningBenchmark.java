package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.stream.learn.LearningStartBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code bench live-learning}: how long the Live tab's online learning takes to score its first batch on a scale-1
 * data set with no saved segmentation, while the five live queries run over 10,000 events/s (ADR 0036).
 */
final class LiveLearningBenchmark {

    private static final int RATE = 10_000;

    private final SparkEngine engine;
    private final Figures figures;

    LiveLearningBenchmark(SparkEngine engine, Figures figures) {
        this.engine = engine;
        this.figures = figures;
    }

    void run() throws Exception {
        Path root = Files.createTempDirectory("spark-workbench-bench-learning");
        try {
            Path folder = root.resolve("scale1");
            new DataGenService(engine).generate(GenerationRequest.allTables(1, 42, folder, DataFormat.PARQUET)).task().future().join();
            new DatasetCatalog(engine).open(folder).future().join();
            LearningStartBench.Result r = LearningStartBench.run(engine, root, DatasetKey.of(folder), RATE, Duration.ofMinutes(5));
            figures.print("streaming.learning_model_ready_ms", r.modelMs(), "ms");
            figures.print("streaming.learning_first_scored_ms", r.firstScoredMs(), "ms");
            figures.note(String.format(Locale.ROOT, "live learning at %,d events/s beside the five live queries: first batch %,d events;"
                    + " load average %.1f at the start, %.1f at the first scored batch; model: %s", RATE, r.firstBatchEvents(), r.loadBefore(),
                    r.loadAfter(), r.model()));
        } finally {
            GenerateBenchmark.delete(root);
        }
    }
}

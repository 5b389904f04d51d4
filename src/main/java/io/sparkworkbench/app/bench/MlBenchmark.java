package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.features.FeatureService;
import io.sparkworkbench.engine.ml.features.FeatureTable;
import io.sparkworkbench.engine.ml.segment.PlantedAgreement;
import io.sparkworkbench.engine.ml.segment.SegmentationPipeline;
import io.sparkworkbench.engine.ml.segment.SegmentationRequest;
import io.sparkworkbench.engine.ml.segment.SegmentationResult;
import io.sparkworkbench.engine.ml.segment.SegmentationService;
import io.sparkworkbench.engine.ml.segment.SweepPoint;
import io.sparkworkbench.engine.ml.segment.SweepResult;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code bench ml}: the segmentation tab's K-Means through {@link SegmentationService} (the tab's path: fit,
 * silhouette, profiles, points, planted agreement; then saving the model, timed apart) at scale 1, warm, and its k = 2..10
 * sweep; MLlib's K-Means stage alone and Smile's K-Means (from bench-lib) on the same scaled matrix, for time
 * and cost; features and one fit at scale 100 (not with {@code --quick}); then the scatterplot's frame rates.
 */
final class MlBenchmark {

    /**
     * Fits before the timed ones. The JIT keeps finding Spark's and MLlib's hot paths for about ten fits: one JVM gave
     * 12.9 s for the first fit, 5.0 s for the second and 2.7 s for the tenth before settling near 1.6 s (other builds running).
     * Two warm-ups timed a JVM still warming; the first fit is printed on its own as the cold figure.
     */
    private static final int WARMUPS = 8;
    private static final int RUNS = 5;
    private static final long SEED = 42;

    private final SparkEngine engine;
    private final Figures figures;
    private final SegmentationService segmentation;

    MlBenchmark(SparkEngine engine, Figures figures) {
        this.engine = engine;
        this.figures = figures;
        this.segmentation = new SegmentationService(engine);
    }

    void run(boolean quick) throws Exception {
        Path root = Files.createTempDirectory("spark-workbench-bench-ml");
        try {
            scale1(root.resolve("scale1"));
            if (quick) {
                figures.note("--quick: no scale-100 features and fit");
            } else {
                scale100(root.resolve("scale100"));
            }
        } finally {
            GenerateBenchmark.delete(root);
        }
        new ScatterBenchmark().run(figures);
    }

    private void scale1(Path folder) throws Exception {
        DatasetKey key = open(folder, 1);
        FeatureTable features = new FeatureService(engine).compute().future().join();
        SegmentationRequest request = SegmentationRequest.defaults(features.features());
        figures.note("model: k = " + request.k() + ", max " + request.maxIterations() + " iterations, seed " + request.seed()
                + ", features " + request.features() + ", logged " + request.logFeatures());
        long cold = System.nanoTime();
        SegmentationResult result = segmentation.fit(key, request).future().join();
        figures.print("ml.kmeans.scale1.first_fit_ms", Math.round((System.nanoTime() - cold) / 1e6), "ms");
        segmentation.save(result).future().join();
        for (int i = 1; i < WARMUPS; i++) {
            result = fit(key, request);
        }
        figures.note("ml.kmeans.scale1.fit_ms: the median of " + RUNS + " fits after " + WARMUPS + " in this JVM");
        double[] ms = new double[RUNS];
        double[] saveMs = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            EngineTask<SegmentationResult> fit = segmentation.fit(key, request);
            result = fit.future().join();
            long t1 = System.nanoTime();
            segmentation.save(result).future().join();
            ms[i] = (t1 - t0) / 1e6;
            saveMs[i] = (System.nanoTime() - t1) / 1e6;
        }
        double fitMs = Figures.median(ms);
        // The fit's figure ends where the tab shows the result; the save follows as its own action (ADR 0030).
        figures.print("ml.kmeans.scale1.fit_ms", Math.round(fitMs), "ms");
        figures.print("ml.kmeans.scale1.save_ms", Math.round(Figures.median(saveMs)), "ms");
        figures.print("ml.kmeans.scale1.fit_and_save_ms", Math.round(Figures.median(sums(ms, saveMs))), "ms");
        EngineTask<SegmentationResult> counted = segmentation.fit(key, request);
        EngineTask<java.nio.file.Path> countedSave = segmentation.save(counted.future().join());
        countedSave.future().join();
        ActionJobs.print(figures, "ml.kmeans.scale1.fit", engine, counted);
        ActionJobs.print(figures, "ml.kmeans.scale1.save", engine, countedSave);
        printAri("ml.kmeans.ari", result);
        figures.print("ml.kmeans.wssse", result.wssse(), "");
        figures.print("ml.kmeans.silhouette", result.silhouette(), "");

        long t0 = System.nanoTime();
        EngineTask<SweepResult> sweepTask = segmentation.sweep(request, 2, 10).task();
        SweepResult sweep = sweepTask.future().join();
        figures.print("ml.kmeans.sweep_ms", Math.round((System.nanoTime() - t0) / 1e6), "ms");
        ActionJobs.print(figures, "ml.kmeans.sweep", engine, sweepTask);
        figures.print("ml.kmeans.sweep_suggested_k", sweep.suggestedK(), "");
        // The rest of the sweep is the silhouette of every k and preparing the vectors once.
        figures.print("ml.kmeans.sweep_fits_ms", sweep.points().stream().mapToLong(SweepPoint::fitMillis).sum(), "ms");
        figures.print("ml.kmeans.scale1.pipeline_fit_ms", Math.round(pipelineFitMs(request)), "ms");

        try (ScaledVectors vectors = ScaledVectors.prepare(engine, request)) {
            new KMeansComparison(figures, vectors, request).run(fitMs, result.wssse());
        }
        deleteSavedModel(result);
    }

    private void scale100(Path folder) throws Exception {
        HeapPeaks.reset();
        long t0 = System.nanoTime();
        DatasetKey key = open(folder, 100);
        figures.print("ml.kmeans.scale100.generate_and_open_ms", Math.round((System.nanoTime() - t0) / 1e6), "ms");
        t0 = System.nanoTime();
        FeatureTable features = new FeatureService(engine).compute().future().join();
        figures.print("ml.kmeans.scale100.features_ms", Math.round((System.nanoTime() - t0) / 1e6), "ms");
        figures.print("ml.kmeans.scale100.customers", features.customers(), "rows");
        SegmentationRequest request = SegmentationRequest.defaults(features.features());
        t0 = System.nanoTime();
        SegmentationResult result = fit(key, request);
        figures.print("ml.kmeans.scale100.fit_ms", Math.round((System.nanoTime() - t0) / 1e6), "ms");
        printAri("ml.kmeans.scale100.ari", result);
        figures.print("ml.kmeans.scale100.heap_peak_mb", HeapPeaks.peakMb(), "MB");
        figures.print("jvm.heap_max_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024), "MB");
        deleteSavedModel(result);
    }

    /**
     * The segmentation pipeline's fit alone (log1p, assembler, scaler, K-Means, PCA), the first step of the
     * service's fit: the rest of {@code fit_ms} is predicting, silhouette, profiles, points and planted agreement.
     */
    private double pipelineFitMs(SegmentationRequest request) {
        double[] ms = new double[RUNS + 1];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = engine.submit("bench ml: segmentation pipeline fit alone", context -> {
                long t0 = System.nanoTime();
                SegmentationPipeline.full(request).fit(context.spark().table(FeatureTable.VIEW));
                return (System.nanoTime() - t0) / 1e6;
            }).future().join();
        }
        // The first is a warm-up.
        return Figures.median(java.util.Arrays.copyOfRange(ms, 1, ms.length));
    }

    private DatasetKey open(Path folder, double scale) {
        new DataGenService(engine).generate(GenerationRequest.allTables(scale, SEED, folder, DataFormat.PARQUET)).task().future().join();
        new DatasetCatalog(engine).open(folder).future().join();
        return DatasetKey.of(folder);
    }

    /** A fit as the tab runs it: the result, then its save as the follow-up action. */
    private SegmentationResult fit(DatasetKey key, SegmentationRequest request) {
        SegmentationResult result = segmentation.fit(key, request).future().join();
        segmentation.save(result).future().join();
        return result;
    }

    private static double[] sums(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    private void printAri(String name, SegmentationResult result) {
        result.planted().map(PlantedAgreement::adjustedRand).ifPresentOrElse(ari -> figures.print(name, ari, ""),
                () -> figures.note(name + ": the data set carries no planted segments"));
    }

    /** The service saves every fit under the data folder, keyed by this temporary data set: nothing else can use it. */
    private static void deleteSavedModel(SegmentationResult result) {
        GenerateBenchmark.delete(Path.of(result.savedTo()));
    }
}

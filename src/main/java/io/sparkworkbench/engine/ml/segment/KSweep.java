package io.sparkworkbench.engine.ml.segment;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.ml.features.FeatureTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.evaluation.ClusteringEvaluator;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Fits K-Means for every k of a range on the same scaled vectors, prepared and cached once: the sweep
 * costs k fits, not k pipelines. Up to {@link #DRIVER_ROWS} rows the vectors are also held in the driver
 * and each k's silhouette is computed there (every row, Spark's formula, the model's own {@code predict}),
 * which spares four Spark jobs per k; above it Spark's evaluator runs over the cached vectors (ADR 0021).
 * Two k values are fitted at a time; Stop is checked before each fit and reaches the running fits' jobs by tag.
 */
final class KSweep {

    /** As many rows as the plot draws in the driver: 200,000 vectors of ten features are 16 MB. */
    static final int DRIVER_ROWS = SegmentationService.MAX_POINTS;
    static final int MAX_CONCURRENT_FITS = 2;

    private KSweep() {
    }

    static SweepResult run(EngineContext context, SegmentationRequest request, int from, int to, SweepRun progress) {
        Dataset<Row> input = FitInput.of(context.spark().table(FeatureTable.VIEW));
        PipelineModel preparation = new Pipeline().setStages(SegmentationPipeline.preparation(request).toArray(PipelineStage[]::new))
                .fit(input);
        Dataset<Row> scaled = preparation.transform(input).select(SegmentationPipeline.SCALED).cache();
        try {
            long rows = scaled.count();
            double[][] vectors = rows <= DRIVER_ROWS ? collect(scaled) : null;
            ClusteringEvaluator silhouette = new ClusteringEvaluator().setFeaturesCol(SegmentationPipeline.SCALED)
                    .setPredictionCol(SegmentationPipeline.SEGMENT);
            List<Integer> ks = java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
            List<SweepPoint> points = new ArrayList<>(fitAll(context, ks, k -> {
                context.checkCancelled();
                long start = System.nanoTime();
                KMeansModel model = SegmentationPipeline.kMeans(request.withK(k)).fit(scaled);
                long fitMillis = (System.nanoTime() - start) / 1_000_000;
                double score = vectors != null ? Silhouette.of(vectors, predict(model, vectors), k)
                        : silhouette.evaluate(model.transform(scaled));
                SweepPoint point = new SweepPoint(k, model.summary().trainingCost(), score, fitMillis);
                progress.add(point);
                return point;
            }));
            points.sort(java.util.Comparator.comparingInt(SweepPoint::k));
            return SweepResult.of(points);
        } finally {
            scaled.unpersist(false);
        }
    }

    /**
     * Fits the k values on up to {@link #MAX_CONCURRENT_FITS} threads at once. At 10,000 rows a fit is some 30
     * one-task jobs whose time is mostly the driver's scheduling, so one fit leaves a core idle; two at a time
     * use it (each fit is seeded and reads the same cached vectors, so the results do not depend on the
     * interleaving). Every thread carries the sweep's job tag, so Stop still cancels whatever is running.
     */
    private static List<SweepPoint> fitAll(EngineContext context, List<Integer> ks, java.util.function.IntFunction<SweepPoint> fit) {
        int threads = Math.max(1, Math.min(Math.min(MAX_CONCURRENT_FITS, ks.size()),
                context.spark().sparkContext().defaultParallelism()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "k-sweep-fit");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<SweepPoint>> futures = new ArrayList<>();
            for (int k : ks) {
                futures.add(pool.submit(() -> {
                    context.tagCurrentThread();
                    try {
                        return fit.apply(k);
                    } finally {
                        context.untagCurrentThread();
                    }
                }));
            }
            List<SweepPoint> out = new ArrayList<>();
            for (java.util.concurrent.Future<SweepPoint> f : futures) {
                out.add(await(f));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static SweepPoint await(java.util.concurrent.Future<SweepPoint> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("The k sweep was interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static double[][] collect(Dataset<Row> scaled) {
        List<Row> rows = scaled.collectAsList();
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Vector) rows.get(i).get(0)).toArray();
        }
        return out;
    }

    /** Each row's segment as the model assigns it in {@code transform}. */
    private static int[] predict(KMeansModel model, double[][] vectors) {
        int[] out = new int[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            out[i] = model.predict(Vectors.dense(vectors[i]));
        }
        return out;
    }
}

package io.sparkworkbench.engine.ml.segment;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.ml.features.FeatureTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Fits K-Means for every k of a range on the same scaled vectors, prepared and stored once (LocalRows): the sweep
 * costs k fits, not k pipelines. Up to {@link #DRIVER_ROWS} rows the vectors are also held in the driver
 * and each k's silhouette is computed there (every row, Spark's formula, the model's own {@code predict}),
 * which spares four Spark jobs per k; above it Spark's evaluator runs over the stored vectors (ADR 0021).
 * Two k are fitted at a time (the engine thread and one helper carrying the action's tag); Stop is checked
 * between fits and reaches the running fits' jobs by tag.
 */
final class KSweep {

    /** As many rows as the plot draws in the driver: 200,000 vectors of ten features are 16 MB. */
    static final int DRIVER_ROWS = SegmentationService.MAX_POINTS;
    private KSweep() {
    }

    static SweepResult run(EngineContext context, SegmentationRequest request, int from, int to, SweepRun progress) {
        Dataset<Row> input = FitInput.of(context.spark().table(FeatureTable.VIEW));
        PipelineModel preparation = new Pipeline().setStages(SegmentationPipeline.preparation(request).toArray(PipelineStage[]::new))
                .fit(input);
        // Stored once with its lineage cut: every k's K-Means jobs read it (LocalRows, ADR 0034).
        Dataset<Row> scaled = LocalRows.of(preparation.transform(input).select(SegmentationPipeline.SCALED));
        try {
            long rows = scaled.count();
            double[][] vectors = rows <= DRIVER_ROWS ? collect(scaled) : null;
            AtomicInteger next = new AtomicInteger(from);
            Callable<Void> fits = () -> {
                for (int k = next.getAndIncrement(); k <= to; k = next.getAndIncrement()) {
                    context.checkCancelled();
                    progress.add(fit(scaled, vectors, request.withK(k)));
                }
                return null;
            };
            // Two fits at a time: each K-Means job of a small input is one task, and half of a fit's time is the
            // driver between jobs, so a second fit fills the gaps of the first (ADR 0030). The helper thread
            // carries the action's job tag, so Stop cancels both fits' jobs.
            Future<Void> helper = to > from ? ActionHelper.start(context, () -> {
                try {
                    return fits.call();
                } catch (Exception e) {
                    next.set(to + 1);
                    throw e;
                }
            }) : null;
            RuntimeException failure = null;
            try {
                fits.call();
            } catch (Exception e) {
                // The helper takes no further k; the fit it is running ends (or is cancelled by the tag) first.
                next.set(to + 1);
                failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
            try {
                awaitHelper(helper);
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
            if (failure != null) {
                throw failure;
            }
            List<SweepPoint> points = new ArrayList<>(progress.pointsSoFar());
            points.sort(Comparator.comparingInt(SweepPoint::k));
            return SweepResult.of(points);
        } finally {
            LocalRows.release(scaled);
        }
    }

    private static SweepPoint fit(Dataset<Row> scaled, double[][] vectors, SegmentationRequest request) {
        long start = System.nanoTime();
        KMeansModel model = SegmentationPipeline.kMeans(request).fit(scaled);
        long fitMillis = (System.nanoTime() - start) / 1_000_000;
        double score = vectors != null ? Silhouette.of(vectors, predict(model, vectors), request.k())
                : new ClusteringEvaluator().setFeaturesCol(SegmentationPipeline.SCALED).setPredictionCol(SegmentationPipeline.SEGMENT)
                        .evaluate(model.transform(scaled));
        return new SweepPoint(request.k(), model.summary().trainingCost(), score, fitMillis);
    }

    /** Waits for the helper's fits and rethrows their failure. */
    private static void awaitHelper(Future<Void> helper) {
        if (helper != null) {
            ActionHelper.await(helper, "the sweep's second fit");
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

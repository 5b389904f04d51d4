package io.sparkworkbench.engine.ml.segment;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.EnginePool;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.features.FeatureService;
import io.sparkworkbench.engine.ml.features.FeatureTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The segmentation tab's engine side: fit (and save) the pipeline, reload a saved one, sweep k, rank
 * projections, rename segments, and turn a selection into a view. Holds the current model's cached
 * predictions between actions, since every later action (projections, selection, export) reads them.
 */
public final class SegmentationService {

    public static final int MAX_POINTS = 200_000;

    private final SparkEngine engine;
    private final int maxPoints;
    private volatile Current current;

    private record Current(DatasetKey key, SegmentationRequest request, PipelineModel model, Dataset<Row> predictions,
                           double wssse, List<String> names) {
    }

    public SegmentationService(SparkEngine engine) {
        this(engine, MAX_POINTS);
    }

    public SegmentationService(SparkEngine engine, int maxPoints) {
        this.engine = engine;
        this.maxPoints = maxPoints;
    }

    /** The data set's key (its fingerprint reads the manifest: off the UI thread). */
    public EngineTask<DatasetKey> key(Path datasetFolder) {
        return engine.submitFileWork("Fingerprint " + datasetFolder.getFileName(), () -> DatasetKey.of(datasetFolder));
    }

    public EngineTask<FeatureTable> features() {
        return new FeatureService(engine).compute();
    }

    public EngineTask<SegmentationResult> fit(DatasetKey key, SegmentationRequest request) {
        // Training is long work (ADR 0014): the background pool, which alone still gets every core.
        return engine.submit("Segment customers (k = " + request.k() + ")", EnginePool.BACKGROUND, context -> {
            ensureFeatures(context);
            PipelineModel model = SegmentationPipeline.full(request).fit(FitInput.of(context.spark().table(FeatureTable.VIEW)));
            context.checkCancelled();
            SegmentationFit fit = new SegmentationFit(context, key);
            Dataset<Row> predictions = fit.predict(model);
            try {
                SegmentationStore store = new SegmentationStore(context.dataFolder(), key);
                SegmentationResult result = fit.describe(request, model, predictions, null, maxPoints, store.folder().toString());
                context.checkCancelled();
                store.save(model, request, result.wssse(), result.names());
                adopt(context, new Current(key, request, model, predictions, result.wssse(), result.names()));
                return result;
            } catch (RuntimeException e) {
                predictions.unpersist(false);
                throw e;
            }
        });
    }

    /** The model saved for this data set, applied to its customers again; empty when none is saved. */
    public EngineTask<Optional<SegmentationResult>> loadSaved(DatasetKey key) {
        return engine.submit("Load saved segmentation", EnginePool.INTERACTIVE, context -> {
            SegmentationStore store = new SegmentationStore(context.dataFolder(), key);
            Optional<SegmentationStore.Loaded> loaded = store.load();
            if (loaded.isEmpty()) {
                return Optional.empty();
            }
            ensureFeatures(context);
            SegmentationStore.Loaded saved = loaded.get();
            SegmentationFit fit = new SegmentationFit(context, key);
            Dataset<Row> predictions = fit.predict(saved.model());
            SegmentationResult result = fit.describe(saved.request(), saved.model(), predictions,
                    new SegmentationFit.Saved(saved.wssse(), saved.names()), maxPoints, store.folder().toString());
            adopt(context, new Current(key, saved.request(), saved.model(), predictions, saved.wssse(), saved.names()));
            return Optional.of(result);
        });
    }

    public SweepRun sweep(SegmentationRequest request, int from, int to) {
        if (from < 2 || to < from || to > SegmentationRequest.MAX_K) {
            throw new IllegalArgumentException("The k range must lie within 2.." + SegmentationRequest.MAX_K + " with from ≤ to, not "
                    + from + ".." + to);
        }
        SweepRun run = new SweepRun(from, to);
        run.start(engine.submit("Sweep k = " + from + ".." + to, EnginePool.BACKGROUND, context -> {
            ensureFeatures(context);
            return KSweep.run(context, request, from, to, run);
        }));
        return run;
    }

    public EngineTask<List<ProjectionScore>> rankProjections(List<String> features) {
        return engine.submit("Rank feature pairs", EnginePool.INTERACTIVE, context -> {
            Current now = requireCurrent();
            java.util.Set<String> logged = new java.util.HashSet<>(now.request().logFeatures());
            for (String f : features) {
                if (!now.request().features().contains(f)) {
                    io.sparkworkbench.engine.ml.features.CustomerFeature.ofColumn(f)
                            .filter(io.sparkworkbench.engine.ml.features.CustomerFeature::skewed).ifPresent(x -> logged.add(f));
                }
            }
            long total = now.predictions().count();
            return ProjectionRanking.rank(context, now.predictions(), features, logged, now.request().k(), total, now.request().seed());
        });
    }

    public EngineTask<List<String>> rename(int segment, String name) {
        return engine.submit("Rename segment " + segment, EnginePool.INTERACTIVE, context -> {
            Current now = requireCurrent();
            String trimmed = name == null ? "" : name.trim();
            if (trimmed.isEmpty()) {
                throw new IllegalArgumentException("A segment name cannot be empty");
            }
            if (segment < 0 || segment >= now.names().size()) {
                throw new IllegalArgumentException("There is no segment " + segment);
            }
            List<String> names = new java.util.ArrayList<>(now.names());
            names.set(segment, trimmed);
            new SegmentationStore(context.dataFolder(), now.key()).rename(now.request(), now.wssse(), names);
            SegmentViews.registerSegments(context.spark(), now.predictions(), names);
            current = new Current(now.key(), now.request(), now.model(), now.predictions(), now.wssse(), List.copyOf(names));
            return List.copyOf(names);
        });
    }

    /** Registers the selected customers (with features and segment) as {@code view}; returns the row count. */
    public EngineTask<Long> registerSelection(long[] ids, String view) {
        long[] copy = ids.clone();
        return engine.submit("Register selection as " + view, EnginePool.INTERACTIVE, context -> {
            requireCurrent();
            return SegmentViews.registerSelection(context.spark(), copy, view);
        });
    }

    private void adopt(EngineContext context, Current next) {
        Current previous = current;
        current = next;
        SegmentViews.registerSegments(context.spark(), next.predictions(), next.names());
        if (previous != null && previous.predictions() != next.predictions()) {
            previous.predictions().unpersist(false);
        }
    }

    private Current requireCurrent() {
        Current now = current;
        if (now == null) {
            throw new EngineException("Train a segmentation model first");
        }
        return now;
    }

    static void ensureFeatures(EngineContext context) {
        if (!context.spark().catalog().tableExists(FeatureTable.VIEW)) {
            FeatureService.register(context);
        }
    }
}

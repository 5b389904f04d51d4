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
 * projections, rename segments, and turn a selection into a view. Holds the current model's stored
 * predictions between actions, since every later action (projections, selection, export) reads them.
 */
public final class SegmentationService {

    public static final int MAX_POINTS = 200_000;

    private final SparkEngine engine;
    private final int maxPoints;
    private volatile Current current;

    /**
     * The model the tab shows. {@code shown} is the result handed out for it (a save names the model by it);
     * {@code saved} says whether the model folder holds this model, so a rename knows whether to update it.
     */
    private record Current(DatasetKey key, SegmentationRequest request, PipelineModel model, Dataset<Row> predictions,
                           double wssse, List<String> names, SegmentationResult shown, boolean saved) {
        Current withSaved() {
            return new Current(key, request, model, predictions, wssse, names, shown, true);
        }

        Current withNames(List<String> renamed) {
            return new Current(key, request, model, predictions, wssse, List.copyOf(renamed), shown, saved);
        }
    }

    /** Saves, renames and reloads of the model folder one at a time, each with the names current then. */
    private final Object storeLock = new Object();
    /** Guards replacing {@link #current} by a changed copy of itself against a new model replacing it meanwhile. */
    private final Object currentLock = new Object();

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

    /**
     * Fits the pipeline and returns what the tab shows as soon as the assignments, points and profiles are
     * ready; the model is not saved yet ({@link #save} does that, as its own action, ADR 0030).
     */
    public EngineTask<SegmentationResult> fit(DatasetKey key, SegmentationRequest request) {
        // Training is long work (ADR 0014): the background pool, which alone still gets every core.
        return engine.submit("Segment customers (k = " + request.k() + ")", EnginePool.BACKGROUND, context -> {
            ensureFeatures(context);
            SegmentationTraining.Trained trained = SegmentationTraining.fit(context, request,
                    FitInput.of(context.spark().table(FeatureTable.VIEW)));
            Dataset<Row> predictions = trained.predictions();
            try {
                context.checkCancelled();
                SegmentationFit fit = new SegmentationFit(context, key);
                String folder = new SegmentationStore(context.dataFolder(), key).folder().toString();
                SegmentationResult result = fit.describe(request, trained.model(), predictions, null, maxPoints, folder);
                context.checkCancelled();
                adopt(context, new Current(key, request, trained.model(), predictions, result.wssse(), result.names(), result, false));
                return result;
            } catch (RuntimeException e) {
                LocalRows.release(predictions);
                throw e;
            } finally {
                // Read in full by describe (the plot's collect or the profiles' aggregate): stored now, so the scaled
                // rows they were computed from can go.
                LocalRows.release(trained.scaled());
            }
        });
    }

    /**
     * Saves the model {@code fitted} came from with Spark ML persistence under the data folder (for the next
     * start and the streaming tab), as its own action with its own row and Stop; the future completes with the
     * folder once the model is there. Fails when a newer fit or a reload replaced that model meanwhile (the newer
     * one is what a save should keep), and leaves any earlier saved model in place when it fails or is stopped.
     */
    public EngineTask<Path> save(SegmentationResult fitted) {
        return engine.submit("Save segmentation model (k = " + fitted.request().k() + ")", EnginePool.BACKGROUND, context -> {
            synchronized (storeLock) {
                Current now = current;
                if (now == null || now.shown() != fitted) {
                    throw new EngineException("This segmentation was not saved: a newer model replaced it before its save started");
                }
                SegmentationStore store = new SegmentationStore(context.dataFolder(), now.key());
                store.save(now.model(), now.request(), now.wssse(), now.names());
                synchronized (currentLock) {
                    // A fit that finished meanwhile replaced the current model; that one is not saved.
                    if (current != null && current.shown() == fitted) {
                        current = current.withSaved();
                    }
                }
                return store.folder();
            }
        });
    }

    /** The model saved for this data set, applied to its customers again; empty when none is saved. */
    public EngineTask<Optional<SegmentationResult>> loadSaved(DatasetKey key) {
        return engine.submit("Load saved segmentation", EnginePool.INTERACTIVE, context -> {
            SegmentationStore store = new SegmentationStore(context.dataFolder(), key);
            Optional<SegmentationStore.Loaded> loaded;
            synchronized (storeLock) {
                loaded = store.load();
            }
            if (loaded.isEmpty()) {
                return Optional.empty();
            }
            ensureFeatures(context);
            SegmentationStore.Loaded saved = loaded.get();
            SegmentationFit fit = new SegmentationFit(context, key);
            Dataset<Row> predictions = fit.predict(saved.model());
            SegmentationResult result = fit.describe(saved.request(), saved.model(), predictions,
                    new SegmentationFit.Saved(saved.wssse(), saved.names()), maxPoints, store.folder().toString());
            adopt(context, new Current(key, saved.request(), saved.model(), predictions, saved.wssse(), saved.names(), result, true));
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
            List<String> names;
            Current latest;
            synchronized (storeLock) {
                // A save still to come writes the names current when it runs; a finished one gets them now.
                latest = current;
                names = new java.util.ArrayList<>(latest.names());
                names.set(segment, trimmed);
                if (latest.saved()) {
                    new SegmentationStore(context.dataFolder(), latest.key()).rename(latest.request(), latest.wssse(), names);
                }
                synchronized (currentLock) {
                    if (current == latest) {
                        current = latest.withNames(names);
                    }
                }
            }
            SegmentViews.registerSegments(context.spark(), latest.predictions(), names);
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
        Current previous;
        synchronized (currentLock) {
            previous = current;
            current = next;
        }
        SegmentViews.registerSegments(context.spark(), next.predictions(), next.names());
        if (previous != null && previous.predictions() != next.predictions()) {
            LocalRows.release(previous.predictions());
        }
    }

    private Current requireCurrent() {
        Current now = current;
        if (now == null) {
            throw new EngineException("Train a segmentation model first");
        }
        return now;
    }

    /** Registers {@code customer_features} unless this session has it already (whichever tab asks first). */
    public static void ensureFeatures(EngineContext context) {
        if (!context.spark().catalog().tableExists(FeatureTable.VIEW)) {
            FeatureService.register(context);
        }
    }
}

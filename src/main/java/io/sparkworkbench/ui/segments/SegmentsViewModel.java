package io.sparkworkbench.ui.segments;

import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.features.CustomerFeature;
import io.sparkworkbench.engine.ml.features.FeatureTable;
import io.sparkworkbench.engine.ml.segment.ProjectionScore;
import io.sparkworkbench.engine.ml.segment.SegmentProfile;
import io.sparkworkbench.engine.ml.segment.SegmentationRequest;
import io.sparkworkbench.engine.ml.segment.SegmentationResult;
import io.sparkworkbench.engine.ml.segment.SegmentationService;
import io.sparkworkbench.engine.ml.segment.SweepPoint;
import io.sparkworkbench.engine.ml.segment.SweepRun;
import io.sparkworkbench.ui.common.BackgroundAction;
import io.sparkworkbench.ui.common.DeferredDataset;
import io.sparkworkbench.ui.common.Formats;
import io.sparkworkbench.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The segmentation tab's state and commands: the open data set's features, the form, the fitted (or
 * reloaded) model, the k sweep and the projection ranking. Engine work runs through the task runner; the
 * sweep's progress is sampled once per frame by the view ({@link #refreshSweep()}), never pushed.
 */
public final class SegmentsViewModel {

    public static final int MIN_SWEEP_K = 2;
    public static final int DEFAULT_SWEEP_TO = 10;

    private final SegmentationService service;
    private final BackgroundAction model;
    private final BackgroundAction sweeping;
    private final BackgroundAction ranking;
    private final BackgroundAction renaming;
    private final ObservableList<FeatureChoice> features = FXCollections.observableArrayList();
    private final IntegerProperty k = new SimpleIntegerProperty(5);
    private final IntegerProperty maxIterations = new SimpleIntegerProperty(40);
    private final StringProperty seed = new SimpleStringProperty("42");
    private final IntegerProperty sweepFrom = new SimpleIntegerProperty(MIN_SWEEP_K);
    private final IntegerProperty sweepTo = new SimpleIntegerProperty(DEFAULT_SWEEP_TO);
    private final ObjectProperty<DatasetKey> dataset = new SimpleObjectProperty<>();
    private final ObjectProperty<FeatureTable> featureTable = new SimpleObjectProperty<>();
    private final ObjectProperty<SegmentationResult> result = new SimpleObjectProperty<>();
    private final BooleanProperty saved = new SimpleBooleanProperty();
    private final ObservableList<SweepPoint> sweep = FXCollections.observableArrayList();
    private final IntegerProperty suggestedK = new SimpleIntegerProperty(0);
    private final ObjectProperty<List<ProjectionScore>> projections = new SimpleObjectProperty<>(List.of());
    private SweepRun sweepRun;
    private final DeferredDataset deferred = new DeferredDataset(this::activate);

    public SegmentsViewModel(SegmentationService service, TaskRunner runner) {
        this.service = service;
        this.model = new BackgroundAction(runner);
        this.sweeping = new BackgroundAction(runner);
        this.ranking = new BackgroundAction(runner);
        this.renaming = new BackgroundAction(runner);
        model.setStatus("Open a data set in the Data tab: its customers' features appear here.");
    }

    /**
     * A data set was opened: once the tab is shown, features are computed and a model saved for it is
     * reloaded (a data set opened while the tab is hidden costs nothing until then).
     */
    public void datasetOpened(Path folder) {
        if (!deferred.opened(folder)) {
            model.setStatus("A data set is open: its customer features are computed when this tab is shown.");
        }
    }

    /** The tab came to the front. */
    public void shown() {
        deferred.shown();
    }

    /** The session was restarted: its views are gone, so the open data set's features and model are set up again. */
    public void sessionRestarted() {
        deferred.sessionRestarted();
    }

    private void activate(Path folder) {
        sweeping.stop();
        ranking.stop();
        result.set(null);
        saved.set(false);
        featureTable.set(null);
        projections.set(List.of());
        sweep.clear();
        suggestedK.set(0);
        model.start(service.key(folder), "Reading the data set…", "Cannot read the data set " + folder, key -> {
            dataset.set(key);
            computeFeatures();
        });
    }

    private void computeFeatures() {
        model.start(service.features(), "Computing customer features…", "Cannot compute customer features", table -> {
            featureTable.set(table);
            setFeatureChoices(table.features());
            model.setStatus(Formats.count(table.customers()) + " customers, " + table.features().size()
                    + " features in the view customer_features.");
            loadSaved();
        });
    }

    private void loadSaved() {
        DatasetKey key = dataset.get();
        model.start(service.loadSaved(key), "Looking for a saved segmentation…", "Cannot load the saved segmentation", saved -> {
            if (saved.isPresent()) {
                SegmentationRequest request = saved.get().request();
                applyRequest(request);
                show(saved.get());
                this.saved.set(true);
                model.setStatus("Reloaded the saved model (k = " + request.k() + ") for this data set.");
            } else {
                model.setStatus("No saved model for this data set yet: pick features and press Train.");
            }
        });
    }

    private void setFeatureChoices(List<CustomerFeature> available) {
        SegmentationRequest defaults = SegmentationRequest.defaults(available);
        List<FeatureChoice> choices = new ArrayList<>();
        for (CustomerFeature f : available) {
            choices.add(new FeatureChoice(f, defaults.features().contains(f.column()), f.skewed()));
        }
        features.setAll(choices);
    }

    private void applyRequest(SegmentationRequest request) {
        for (FeatureChoice c : features) {
            c.usedProperty().set(request.features().contains(c.feature().column()));
            if (c.usedProperty().get()) {
                c.loggedProperty().set(request.logFeatures().contains(c.feature().column()));
            }
        }
        k.set(request.k());
        maxIterations.set(request.maxIterations());
        seed.set(Long.toString(request.seed()));
    }

    /** The form as a request; a message names what is wrong with it. */
    public SegmentationRequest request() {
        List<String> used = new ArrayList<>();
        Set<String> logged = new LinkedHashSet<>();
        for (FeatureChoice c : features) {
            if (c.usedProperty().get()) {
                used.add(c.feature().column());
                if (c.loggedProperty().get()) {
                    logged.add(c.feature().column());
                }
            }
        }
        long seedValue;
        try {
            seedValue = Long.parseLong(seed.get().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The seed must be a whole number, not '" + seed.get() + "'");
        }
        return new SegmentationRequest(used, logged, k.get(), maxIterations.get(), seedValue);
    }

    public void train() {
        if (dataset.get() == null || featureTable.get() == null) {
            model.setStatus("Open a data set first: there are no customer features to segment yet.");
            return;
        }
        SegmentationRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            model.setStatus(e.getMessage());
            return;
        }
        long started = System.nanoTime();
        saved.set(false);
        model.start(service.fit(dataset.get(), request), "Training K-Means with k = " + request.k() + "…",
                "Cannot train the segmentation", fitted -> {
                    show(fitted);
                    String trained = "Trained k = " + request.k() + " on " + Formats.count(fitted.customers()) + " customers in "
                            + Formats.elapsed((System.nanoTime() - started) / 1_000_000);
                    save(fitted, trained);
                });
    }

    /**
     * The fitted model is shown first and saved afterwards, as its own action (ADR 0030): Train stays disabled
     * and Stop stops the save meanwhile; {@link #savedProperty} turns true only once the model is on disk.
     */
    private void save(SegmentationResult fitted, String trained) {
        model.start(service.save(fitted), trained + "; saving the model…", trained + ", but the model was not saved", folder -> {
            saved.set(true);
            model.setStatus(trained + "; saved for this data set.");
        });
    }

    private void show(SegmentationResult fitted) {
        result.set(fitted);
        projections.set(List.of());
        rankProjections();
    }

    public void stop() {
        model.stop();
        renaming.stop();
        sweeping.stop();
        ranking.stop();
    }

    public void sweep() {
        if (featureTable.get() == null) {
            sweeping.setStatus("Open a data set first.");
            return;
        }
        SegmentationRequest request;
        try {
            request = request();
            sweepRun = service.sweep(request, sweepFrom.get(), sweepTo.get());
        } catch (IllegalArgumentException e) {
            sweeping.setStatus(e.getMessage());
            return;
        }
        sweep.clear();
        suggestedK.set(0);
        SweepRun run = sweepRun;
        sweeping.start(run.task(), "Sweeping k = " + sweepFrom.get() + ".." + sweepTo.get() + "…", "The k sweep failed", done -> {
            sweep.setAll(done.points());
            suggestedK.set(done.suggestedK());
            sweeping.setStatus("Suggested k = " + done.suggestedK() + " (highest silhouette).");
        });
    }

    /** Copies the sweep's finished points; the view calls it once per frame while the sweep runs. */
    public void refreshSweep() {
        SweepRun run = sweepRun;
        if (run == null || !sweeping.runningProperty().get()) {
            return;
        }
        List<SweepPoint> now = run.pointsSoFar();
        if (now.size() != sweep.size()) {
            sweep.setAll(now);
            sweeping.setProgress("Sweeping k: " + now.size() + " of " + (sweepTo.get() - sweepFrom.get() + 1) + " fitted…");
        }
    }

    public void stopSweep() {
        sweeping.stop();
    }

    public void useSuggestedK() {
        if (suggestedK.get() >= 2) {
            k.set(suggestedK.get());
        }
    }

    private void rankProjections() {
        FeatureTable table = featureTable.get();
        if (table == null) {
            return;
        }
        ranking.start(service.rankProjections(CustomerFeature.columns(table.features())), "Ranking feature pairs…",
                "Cannot rank feature pairs", ranked -> {
                    projections.set(ranked);
                    ranking.setStatus(ranked.size() + " feature pairs ranked by how well they separate the segments (silhouette on a sample of up to 5,000).");
                });
    }

    /** Renames a segment in the profile, the views and the saved model. */
    public void rename(int segment, String name) {
        // Not the model's action: starting it would stop a save still running (the save keeps the new name).
        renaming.start(service.rename(segment, name), "Renaming…", "Cannot rename the segment", names -> {
            SegmentationResult now = result.get();
            if (now != null) {
                List<SegmentProfile> renamed = new ArrayList<>();
                for (SegmentProfile p : now.profiles()) {
                    renamed.add(p.withName(names.get(p.segment())));
                }
                result.set(now.withProfiles(renamed));
            }
            model.setStatus("Segment " + segment + " is now \"" + names.get(segment) + "\".");
        }, error -> model.setStatus(renaming.statusProperty().get()));
    }

    public ObservableList<FeatureChoice> features() {
        return features;
    }

    public IntegerProperty kProperty() {
        return k;
    }

    public IntegerProperty maxIterationsProperty() {
        return maxIterations;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public IntegerProperty sweepFromProperty() {
        return sweepFrom;
    }

    public IntegerProperty sweepToProperty() {
        return sweepTo;
    }

    public ObjectProperty<DatasetKey> datasetProperty() {
        return dataset;
    }

    public ObjectProperty<FeatureTable> featureTableProperty() {
        return featureTable;
    }

    public ObjectProperty<SegmentationResult> resultProperty() {
        return result;
    }

    public ObservableList<SweepPoint> sweepPoints() {
        return sweep;
    }

    public IntegerProperty suggestedKProperty() {
        return suggestedK;
    }

    public ObjectProperty<List<ProjectionScore>> projectionsProperty() {
        return projections;
    }

    /** True once the shown model is saved for the data set (a reloaded one is); false while its save runs or after it failed. */
    public BooleanProperty savedProperty() {
        return saved;
    }

    public BackgroundAction modelAction() {
        return model;
    }

    public BackgroundAction sweepAction() {
        return sweeping;
    }

    public BackgroundAction rankingAction() {
        return ranking;
    }

    SegmentationService service() {
        return service;
    }
}

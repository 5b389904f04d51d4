package io.sparkworkbench.ui.segments;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.churn.ChurnOpening;
import io.sparkworkbench.engine.ml.churn.ChurnRequest;
import io.sparkworkbench.engine.ml.churn.ChurnResult;
import io.sparkworkbench.engine.ml.churn.ChurnService;
import io.sparkworkbench.engine.ml.churn.Confusion;
import io.sparkworkbench.engine.ml.churn.ModelKind;
import io.sparkworkbench.engine.ml.churn.ModelReport;
import io.sparkworkbench.engine.ml.features.CustomerFeature;
import io.sparkworkbench.ui.common.BackgroundAction;
import io.sparkworkbench.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The churn-risk form and its results: opening a data set finds its data end and any saved model (on the
 * engine, which also fingerprints the folder: no disk on the JavaFX thread), Train fits both models with
 * Stop, and the threshold gives the selected model's confusion matrix from its score histograms, with no
 * Spark job per slider move.
 */
public final class ChurnViewModel {

    private final Function<Path, EngineTask<ChurnOpening>> opener;
    private final BiFunction<ChurnRequest, DatasetKey, EngineTask<ChurnResult>> trainer;
    private final BackgroundAction action;

    private final ObjectProperty<Integer> horizonDays = new SimpleObjectProperty<>(ChurnRequest.DEFAULT_HORIZON_DAYS);
    private final ObjectProperty<LocalDate> cutoff = new SimpleObjectProperty<>();
    private final ObjectProperty<ModelKind> ensemble = new SimpleObjectProperty<>(ModelKind.RANDOM_FOREST);
    private final ObjectProperty<Integer> trees = new SimpleObjectProperty<>(ChurnRequest.DEFAULT_TREES);
    private final ObjectProperty<Integer> maxDepth = new SimpleObjectProperty<>(ChurnRequest.DEFAULT_DEPTH);
    private final ObjectProperty<Double> testFraction = new SimpleObjectProperty<>(ChurnRequest.DEFAULT_TEST_FRACTION);
    private final StringProperty seed = new SimpleStringProperty("42");
    private final ObservableList<FeatureChoice> features = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<ChurnOpening> opening = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ChurnResult> result = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ModelKind> selectedModel = new SimpleObjectProperty<>();
    private final DoubleProperty threshold = new SimpleDoubleProperty(0.5);
    private final ReadOnlyObjectWrapper<Confusion> confusion = new ReadOnlyObjectWrapper<>();

    public ChurnViewModel(ChurnService service, TaskRunner runner) {
        this(service::open, service::train, runner);
    }

    /** With the engine's two calls as functions, so tests can hand in finished tasks. */
    public ChurnViewModel(Function<Path, EngineTask<ChurnOpening>> opener,
                          BiFunction<ChurnRequest, DatasetKey, EngineTask<ChurnResult>> trainer, TaskRunner runner) {
        this.opener = opener;
        this.trainer = trainer;
        this.action = new BackgroundAction(runner);
        result.addListener((obs, old, r) -> {
            if (r != null && (selectedModel.get() == null || r.models().stream().noneMatch(m -> m.kind() == selectedModel.get()))) {
                selectedModel.set(r.best());
            }
            updateConfusion();
        });
        selectedModel.addListener((obs, old, kind) -> updateConfusion());
        threshold.addListener((obs, old, t) -> updateConfusion());
    }

    /** A data set was opened (its tables registered): reads its data end and loads the churn model saved for it. */
    public void datasetOpened(Path folder) {
        opening.set(null);
        result.set(null);
        action.start(opener.apply(folder), "Reading the churn model of " + folder.getFileName() + "…",
                "Cannot prepare churn risk for " + folder.getFileName(), o -> {
                    opening.set(o);
                    cutoff.set(o.dataEnd());
                    features.setAll(o.availableFeatures().stream().flatMap(c -> CustomerFeature.ofColumn(c).stream())
                            .map(f -> new FeatureChoice(f, true, false)).toList());
                    o.saved().ifPresent(saved -> {
                        applyForm(saved.request(), o.dataEnd());
                        result.set(saved);
                    });
                    action.setStatus(o.saved().map(s -> "Loaded the churn model trained " + s.trainedAt().toString().substring(0, 10)
                                    + ": " + aucSummary(s) + ". Scored customers are in the view customer_churn.")
                            .or(() -> o.savedProblem())
                            .orElse("Data until " + o.dataEnd() + ". Pick a horizon and Train."));
                });
    }

    /** Trains both models with the form's values; a bad value is said in the status, naming the field. */
    public void train() {
        ChurnOpening open = opening.get();
        if (open == null) {
            action.setStatus("Open a data set with customers and orders first (the Data tab)");
            return;
        }
        ChurnRequest request;
        try {
            request = request(open.dataEnd());
        } catch (IllegalArgumentException e) {
            action.setStatus(e.getMessage());
            return;
        }
        String what = "Training logistic regression and " + request.ensemble().label().toLowerCase(Locale.ROOT) + " on "
                + request.horizonDays() + "-day churn…";
        action.start(trainer.apply(request, open.key()), what, "Cannot train the churn model", r -> {
            result.set(r);
            action.setStatus("Trained on " + r.trainCount() + " customers, tested on " + r.testCount() + " (churn rate "
                    + percent(r.baseChurnRate()) + "): " + aucSummary(r) + ". " + r.scoredCount() + " customers scored by the "
                    + r.best().label().toLowerCase(Locale.ROOT) + " into customer_churn."
                    + r.saveProblem().map(p -> " Not saved: " + p).orElse(""));
        });
    }

    public void stop() {
        action.stop();
    }

    /** The request the form describes, for data ending at {@code dataEnd}. */
    ChurnRequest request(LocalDate dataEnd) {
        long seedValue;
        try {
            seedValue = Long.parseLong(seed.get().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Seed must be a whole number, not '" + seed.get() + "'");
        }
        LocalDate chosen = cutoff.get();
        Optional<LocalDate> cut = chosen == null || chosen.equals(dataEnd) ? Optional.empty() : Optional.of(chosen);
        return new ChurnRequest(required(horizonDays, "Horizon"), cut, pickedFeatures(), required(testFraction, "Test fraction"),
                seedValue, ensemble.get(), required(trees, "Trees"), required(maxDepth, "Tree depth"));
    }

    /** The ticked features; none listed when every one the data set allows is ticked, so a saved request keeps meaning "all". */
    private List<String> pickedFeatures() {
        List<String> picked = features.stream().filter(f -> f.usedProperty().get()).map(f -> f.feature().column()).toList();
        if (picked.isEmpty()) {
            throw new IllegalArgumentException("Tick at least two features for the churn model");
        }
        return picked.size() == features.size() ? List.of() : picked;
    }

    private static <T> T required(ObjectProperty<T> value, String field) {
        if (value.get() == null) {
            throw new IllegalArgumentException(field + " is empty");
        }
        return value.get();
    }

    private void applyForm(ChurnRequest request, LocalDate dataEnd) {
        horizonDays.set(request.horizonDays());
        cutoff.set(request.cutoffFor(dataEnd));
        ensemble.set(request.ensemble());
        trees.set(request.trees());
        maxDepth.set(request.maxDepth());
        testFraction.set(request.testFraction());
        seed.set(Long.toString(request.seed()));
        for (FeatureChoice choice : features) {
            choice.usedProperty().set(request.features().isEmpty() || request.features().contains(choice.feature().column()));
        }
    }

    private void updateConfusion() {
        ChurnResult r = result.get();
        ModelKind kind = selectedModel.get();
        if (r == null || kind == null || r.models().stream().noneMatch(m -> m.kind() == kind)) {
            confusion.set(null);
            return;
        }
        confusion.set(r.report(kind).histogram().confusionAt(threshold.get()));
    }

    static String aucSummary(ChurnResult r) {
        StringBuilder b = new StringBuilder();
        for (ModelReport m : r.models()) {
            b.append(b.length() == 0 ? "" : ", ").append(m.kind().label()).append(" AUC ").append(String.format(Locale.US, "%.3f", m.auc()));
        }
        return b.toString();
    }

    static String percent(double share) {
        return String.format(Locale.US, "%.1f%%", share * 100);
    }

    public BackgroundAction action() {
        return action;
    }

    public ObjectProperty<Integer> horizonDaysProperty() {
        return horizonDays;
    }

    /** The cut-off date; set to the data's end when a data set opens. */
    public ObjectProperty<LocalDate> cutoffProperty() {
        return cutoff;
    }

    public ObjectProperty<ModelKind> ensembleProperty() {
        return ensemble;
    }

    public ObjectProperty<Integer> treesProperty() {
        return trees;
    }

    public ObjectProperty<Integer> maxDepthProperty() {
        return maxDepth;
    }

    public ObjectProperty<Double> testFractionProperty() {
        return testFraction;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** The features the open data set allows, each with whether the churn models use it (all by default). */
    public ObservableList<FeatureChoice> features() {
        return features;
    }

    /** The open data set as the churn model sees it, or null before one is opened. */
    public ReadOnlyObjectProperty<ChurnOpening> openingProperty() {
        return opening.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChurnResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The model whose confusion matrix is shown; the better one after each training. */
    public ObjectProperty<ModelKind> selectedModelProperty() {
        return selectedModel;
    }

    /** Customers scoring at least this are flagged as churners. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    public ReadOnlyObjectProperty<Confusion> confusionProperty() {
        return confusion.getReadOnlyProperty();
    }
}

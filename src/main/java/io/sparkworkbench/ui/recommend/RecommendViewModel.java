package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.engine.ml.recommend.RecommendModel;
import io.sparkworkbench.engine.ml.recommend.RecommendOpening;
import io.sparkworkbench.engine.ml.recommend.RecommendRequest;
import io.sparkworkbench.ui.common.BackgroundAction;
import io.sparkworkbench.ui.common.DeferredDataset;
import io.sparkworkbench.ui.common.Formats;
import io.sparkworkbench.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The recommendation tab's data set and model: opening a data set (its directory, rating sources and saved
 * model, or why the saved model could not be read) waits until the tab is shown; Train fits ALS with the form's
 * values, with Stop. The grid search, browser and export read {@link #openingProperty()} and {@link #modelProperty()}.
 */
public final class RecommendViewModel {

    private final RecommendBackend backend;
    private final BackgroundAction action;
    private final TrainFormViewModel form = new TrainFormViewModel();
    private final ReadOnlyObjectWrapper<RecommendOpening> opening = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RecommendModel> model = new ReadOnlyObjectWrapper<>();
    private ZoneId zone = ZoneId.systemDefault();
    private final DeferredDataset deferred = new DeferredDataset(this::activate);

    public RecommendViewModel(RecommendBackend backend, TaskRunner runner) {
        this.backend = backend;
        this.action = new BackgroundAction(runner);
        action.setStatus("Open a data set in the Data tab: its customers and products appear here.");
    }

    /** A data set was opened; it is read when the tab is shown (a hidden tab costs nothing). */
    public void datasetOpened(Path folder) {
        if (!deferred.opened(folder)) {
            action.setStatus("A data set is open: its customers are read when this tab is shown.");
        }
    }

    public void shown() {
        deferred.shown();
    }

    /** The session's views are gone: read the open data set again (and reload its saved model). */
    public void sessionRestarted() {
        deferred.sessionRestarted();
    }

    private void activate(Path folder) {
        opening.set(null);
        model.set(null);
        action.start(backend.open(folder), "Reading customers, products and any saved model of " + folder.getFileName() + "…",
                "Cannot open " + folder.getFileName() + " for recommendations", this::opened);
    }

    private void opened(RecommendOpening o) {
        form.allowSources(o.sources());
        opening.set(o);
        String customers = Formats.count(o.directory().size()) + " customers to browse. ";
        if (o.saved().isPresent()) {
            RecommendModel saved = o.saved().get();
            boolean keepTyped = form.editedByUser();
            if (!keepTyped) {
                form.apply(saved.result().request());
            }
            model.set(saved);
            action.setStatus(customers + MetricsText.provenance(saved.result(), zone)
                    + (keepTyped ? " The form keeps the values you typed." : ""));
        } else if (o.loadProblem().isPresent()) {
            action.setStatus(customers + "The saved model could not be read (" + o.loadProblem().get() + "): train a new one.");
        } else if (o.sources().isEmpty()) {
            action.setStatus(customers + "No reviews, order items or clickstream in this data set: there are no ratings to learn from.");
        } else {
            action.setStatus(customers + "No saved model for this data set yet: set the parameters and press Train.");
        }
    }

    /** Trains with the form's values; a bad value is said in the status (and beside the form), never thrown. */
    public void train() {
        RecommendOpening open = opening.get();
        if (open == null) {
            action.setStatus("Open a data set first (the Data tab): there is nothing to train on yet.");
            return;
        }
        RecommendRequest request;
        try {
            request = form.request();
        } catch (IllegalArgumentException e) {
            action.setStatus(e.getMessage());
            return;
        }
        action.start(backend.train(open.key(), request), "Training ALS (" + MetricsText.parameters(request) + ")…",
                "Cannot train the recommendation model", trained -> {
                    model.set(trained);
                    action.setStatus(MetricsText.provenance(trained.result(), zone)
                            + (trained.result().saveProblem().isEmpty() ? " Saved for this data set." : ""));
                });
    }

    public void stop() {
        action.stop();
    }

    /** Tests pin the time zone the "trained at" times are shown in. */
    void setZone(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    public TrainFormViewModel form() {
        return form;
    }

    public BackgroundAction action() {
        return action;
    }

    public ReadOnlyObjectProperty<RecommendOpening> openingProperty() {
        return opening.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RecommendModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    RecommendBackend backend() {
        return backend;
    }
}

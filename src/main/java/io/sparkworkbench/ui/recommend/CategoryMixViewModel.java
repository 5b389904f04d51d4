package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.engine.ml.recommend.CategoryShare;
import io.sparkworkbench.ui.common.BackgroundAction;
import io.sparkworkbench.ui.common.TaskRunner;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The category mix over all customers: every purchased line against every customer's top-N, computed in Spark
 * on request (the per-customer mix comes from the browser, from memory). A new model makes the old mix stale.
 */
public final class CategoryMixViewModel {

    private final RecommendBackend backend;
    private final BackgroundAction action;
    private final ObjectProperty<Integer> n = new SimpleObjectProperty<>(10);
    private final ReadOnlyObjectWrapper<List<CategoryShare>> overall = new ReadOnlyObjectWrapper<>(List.of());
    private boolean hasModel;

    public CategoryMixViewModel(RecommendBackend backend, TaskRunner runner) {
        this.backend = backend;
        this.action = new BackgroundAction(runner);
        action.setStatus("Train a model, then compute the mix over every customer's recommendations.");
    }

    public void setHasModel(boolean modelReady) {
        hasModel = modelReady;
        action.stop();
        overall.set(List.of());
        action.setStatus(modelReady ? "Press Compute to chart every customer's top-" + n.get() + " against all purchases."
                : "Train a model, then compute the mix over every customer's recommendations.");
    }

    public void compute() {
        if (!hasModel) {
            action.setStatus("Train a model first (Model tab): there are no recommendations to mix yet.");
            return;
        }
        int top = n.get() == null ? 10 : n.get();
        action.start(backend.overallMix(top), "Computing the category mix of every customer's top-" + top + "…",
                "Cannot compute the category mix", shares -> {
                    overall.set(shares);
                    action.setStatus("All purchased lines against every customer's top-" + top + " (items already bought left out).");
                });
    }

    public void stop() {
        action.stop();
    }

    public ObjectProperty<Integer> nProperty() {
        return n;
    }

    public ReadOnlyObjectProperty<List<CategoryShare>> overallProperty() {
        return overall.getReadOnlyProperty();
    }

    public BackgroundAction action() {
        return action;
    }
}

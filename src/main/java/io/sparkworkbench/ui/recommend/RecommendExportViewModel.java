package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.files.ExportOutcome;
import io.sparkworkbench.engine.files.ExportRequest;
import io.sparkworkbench.engine.ml.recommend.RecommendService;
import io.sparkworkbench.ui.common.BackgroundAction;
import io.sparkworkbench.ui.common.Formats;
import io.sparkworkbench.ui.common.TaskRunner;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Every customer's top-N as the view {@value RecommendService#VIEW} (Spark, progress, Stop), then to files
 * through the app's atomic exports (staging folder, moved into place only when complete). Registering tells
 * the SQL tab, so its catalog offers the new view.
 */
public final class RecommendExportViewModel {

    public static final String VIEW = RecommendService.VIEW;
    public static final java.util.List<String> COLUMNS = java.util.List.of("customer_id", "rank", "product_id", "score");

    private final RecommendBackend backend;
    private final Function<ExportRequest, EngineTask<ExportOutcome>> exporter;
    private final BackgroundAction action;
    private final ObjectProperty<Integer> n = new SimpleObjectProperty<>(10);
    private final ReadOnlyBooleanWrapper registered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasModel = new ReadOnlyBooleanWrapper();
    private int registeredN;
    private Consumer<String> onViewRegistered = view -> { };

    public RecommendExportViewModel(RecommendBackend backend, Function<ExportRequest, EngineTask<ExportOutcome>> exporter,
                                    TaskRunner runner) {
        this.backend = backend;
        this.exporter = exporter;
        this.action = new BackgroundAction(runner);
        n.addListener((obs, old, now) -> registered.set(false));
    }

    /** A model was trained or reloaded (or there is none): a view registered from the previous one is stale. */
    public void setHasModel(boolean ready) {
        boolean wasRegistered = registered.get();
        action.stop();
        hasModel.set(ready);
        registered.set(false);
        action.setStatus(!ready ? "" : wasRegistered ? "A new model: register again to refresh " + VIEW + "."
                : "Register every customer's top-" + n.get() + " as the view " + VIEW + ", then export it to files.");
    }

    public void register() {
        registerThen(() -> { });
    }

    /** Registers the view if it is not (for the current N), asks where to write it, and writes it atomically. */
    public void export(Function<String, Optional<ExportRequest>> askForTarget) {
        registerThen(() -> askForTarget.apply(VIEW).ifPresent(request ->
                action.start(exporter.apply(request), "Exporting " + VIEW + " to " + request.target() + "…",
                        "Export failed, " + request.target() + " is as it was",
                        outcome -> action.setStatus("Exported every customer's top-" + registeredN + " to " + request.target()))));
    }

    private void registerThen(Runnable next) {
        if (!hasModel.get()) {
            action.setStatus("Train a model first (Model tab): there are no recommendations to register yet.");
            return;
        }
        int top = n.get() == null ? 10 : n.get();
        if (registered.get() && registeredN == top) {
            next.run();
            return;
        }
        action.start(backend.registerAll(top), "Computing every customer's top-" + top + "…", "Cannot register " + VIEW, rows -> {
            registered.set(true);
            registeredN = top;
            onViewRegistered.accept(VIEW);
            action.setStatus(VIEW + " holds " + Formats.count(rows) + " rows (top-" + top
                    + " per customer, items already bought left out); query it in the SQL tab.");
            next.run();
        });
    }

    public void stop() {
        action.stop();
    }

    /** Told the view's name once it is registered, so the SQL tab's catalog refreshes. */
    public void setOnViewRegistered(Consumer<String> listener) {
        this.onViewRegistered = listener;
    }

    public ObjectProperty<Integer> nProperty() {
        return n;
    }

    public ReadOnlyBooleanProperty registeredProperty() {
        return registered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasModelProperty() {
        return hasModel.getReadOnlyProperty();
    }

    public BackgroundAction action() {
        return action;
    }
}

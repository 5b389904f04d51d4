package io.sparkworkbench.ui.graph;

import io.sparkworkbench.ui.common.BackgroundAction;
import io.sparkworkbench.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The graph tab's one long action at a time (opening a graph or running an algorithm): its status line, the
 * engine's progress text sampled once per frame by the view, and Stop, which cancels the action's Spark jobs.
 * Starting another action stops the running one (its late result is ignored).
 */
public final class GraphActions {

    private final BackgroundAction action;
    private GraphBackend.Run<?> current;
    private String lastProgress;

    public GraphActions(TaskRunner runner) {
        this.action = new BackgroundAction(runner);
    }

    public <T> void start(GraphBackend.Run<T> run, String working, String failurePrefix, Consumer<T> onSuccess) {
        current = run;
        lastProgress = null;
        action.start(run.task(), working, failurePrefix, value -> {
            current = null;
            onSuccess.accept(value);
        }, error -> current = null);
    }

    /** Copies the running action's progress line into the status when it changed; a cheap call for every frame. */
    public void sampleProgress() {
        GraphBackend.Run<?> run = current;
        if (run == null || !action.runningProperty().get()) {
            return;
        }
        String text = run.progress();
        if (text != null && !text.equals(lastProgress)) {
            lastProgress = text;
            action.setProgress(text + "…");
        }
    }

    public void stop() {
        action.stop();
    }

    public void setStatus(String text) {
        action.setStatus(text);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return action.runningProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return action.statusProperty();
    }
}

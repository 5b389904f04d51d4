package io.sparkworkbench.ui.common;

import io.sparkworkbench.engine.EngineErrors;
import io.sparkworkbench.engine.EngineTask;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One kind of engine work a view runs at a time (a profile, an export …): whether it runs, a status
 * line for the user, and a Stop that cancels its Spark jobs. Starting new work stops the previous one,
 * whose late result is then ignored.
 */
public final class BackgroundAction {

    private final TaskRunner runner;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private EngineTask<?> current;
    private String working = "";

    public BackgroundAction(TaskRunner runner) {
        this.runner = runner;
    }

    /**
     * Runs {@code task}, showing {@code working} meanwhile; {@code onSuccess} sets the final status (or
     * leaves it empty). A failure shows "{@code failurePrefix}: reason"; Stop shows "{@code what} stopped".
     */
    public <T> void start(EngineTask<T> task, String working, String failurePrefix, Consumer<T> onSuccess) {
        start(task, working, failurePrefix, onSuccess, error -> { });
    }

    public <T> void start(EngineTask<T> task, String working, String failurePrefix, Consumer<T> onSuccess,
                          Consumer<Throwable> onFailure) {
        if (current != null && running.get()) {
            current.cancel();
        }
        current = task;
        this.working = working;
        running.set(true);
        status.set(working);
        runner.run(task, value -> {
            if (current == task) {
                status.set("");
                running.set(false);
                onSuccess.accept(value);
            }
        }, error -> {
            if (current == task) {
                status.set(failurePrefix + ": " + EngineErrors.describe(error));
                running.set(false);
                onFailure.accept(error);
            }
        }, () -> {
            if (current == task) {
                status.set("Stopped: " + this.working.replaceAll("…$", ""));
                running.set(false);
            }
        });
    }

    /**
     * The running work's progress, e.g. "4 of 9 cells fitted…": shown now, and what "Stopped: …" repeats if
     * the user stops it (not the text it started with).
     */
    public void setProgress(String text) {
        if (running.get()) {
            working = text;
            status.set(text);
        }
    }

    /** Cancels the running work's Spark jobs; the status then says it was stopped. */
    public void stop() {
        if (current != null && running.get()) {
            status.set("Stopping…");
            current.cancel();
        }
    }

    public void setStatus(String text) {
        status.set(text);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}

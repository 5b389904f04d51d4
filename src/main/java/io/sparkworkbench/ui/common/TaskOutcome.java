package io.sparkworkbench.ui.common;

import io.sparkworkbench.engine.EngineTask;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/** Sorts a finished task into success, failure or cancel; shared by the task runners. */
final class TaskOutcome {

    private TaskOutcome() {
    }

    static <T> void dispatch(EngineTask<T> task, T value, Throwable error,
                             Consumer<T> onSuccess, Consumer<Throwable> onFailure, Runnable onCancel) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause == null) {
            onSuccess.accept(value);
        } else if (cause instanceof CancellationException || task.isCancelRequested()) {
            onCancel.run();
        } else {
            onFailure.accept(cause);
        }
    }
}

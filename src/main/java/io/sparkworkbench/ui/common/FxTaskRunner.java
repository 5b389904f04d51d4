package io.sparkworkbench.ui.common;

import io.sparkworkbench.engine.EngineTask;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Delivers each task's outcome once, on the JavaFX thread. */
public final class FxTaskRunner implements TaskRunner {

    @Override
    public <T> void run(EngineTask<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure, Runnable onCancel) {
        task.future().whenComplete((value, error) ->
                Platform.runLater(() -> TaskOutcome.dispatch(task, value, error, onSuccess, onFailure, onCancel)));
    }
}

package io.sparkworkbench.ui.common;

import io.sparkworkbench.engine.EngineTask;
import java.util.function.Consumer;

/** For view-model tests: the outcome is delivered on whichever thread completed the task. */
public final class DirectTaskRunner implements TaskRunner {

    @Override
    public <T> void run(EngineTask<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure, Runnable onCancel) {
        task.future().whenComplete((value, error) -> TaskOutcome.dispatch(task, value, error, onSuccess, onFailure, onCancel));
    }
}

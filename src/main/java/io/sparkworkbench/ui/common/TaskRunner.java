package io.sparkworkbench.ui.common;

import io.sparkworkbench.engine.EngineTask;
import java.util.function.Consumer;

/**
 * How view models wait for engine work without waiting: callbacks arrive on the UI thread
 * ({@link FxTaskRunner}) or, in tests, on the thread that finished the work ({@link DirectTaskRunner}).
 */
public interface TaskRunner {

    <T> void run(EngineTask<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure, Runnable onCancel);
}

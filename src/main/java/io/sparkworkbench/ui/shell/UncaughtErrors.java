package io.sparkworkbench.ui.shell;

import io.sparkworkbench.engine.EngineErrors;
import io.sparkworkbench.ui.common.ErrorDialog;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any exception nobody caught is logged and shown in one readable dialog, never lost. */
public final class UncaughtErrors {

    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);
    private static final AtomicBoolean DIALOG_OPEN = new AtomicBoolean();

    private UncaughtErrors() {
    }

    /** Call on the JavaFX thread once the window exists. */
    public static void install(Window owner) {
        Thread.UncaughtExceptionHandler handler = (thread, error) -> report(owner, thread, error);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler);
    }

    static void report(Window owner, Thread thread, Throwable error) {
        LOG.error("Uncaught exception on thread {}", thread.getName(), error);
        // One dialog at a time: a failure repeating every frame must not bury the window in dialogs.
        if (DIALOG_OPEN.compareAndSet(false, true)) {
            Runnable show = () -> {
                var alert = ErrorDialog.create(owner, "Something went wrong",
                        EngineErrors.describe(error) + "\n\nThe workbench keeps running; details are in the log.", error);
                alert.setOnHidden(e -> DIALOG_OPEN.set(false));
                alert.show();
            };
            if (Platform.isFxApplicationThread()) {
                show.run();
            } else {
                Platform.runLater(show);
            }
        }
    }
}

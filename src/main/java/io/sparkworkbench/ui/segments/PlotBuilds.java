package io.sparkworkbench.ui.segments;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds plot data (arrays and their spatial index, tens of milliseconds for 200,000 points) on one
 * background thread and hands it to the JavaFX thread whole; a newer request makes an older one's result
 * be dropped, so switching axes quickly never shows a stale plot.
 */
final class PlotBuilds {

    private static final Logger LOG = LoggerFactory.getLogger(PlotBuilds.class);
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "segments-plot-build");
        t.setDaemon(true);
        return t;
    });

    private final AtomicLong latest = new AtomicLong();

    <T> void build(Supplier<T> work, Consumer<T> onFxThread, Consumer<String> onFailure) {
        long generation = latest.incrementAndGet();
        WORKER.execute(() -> {
            try {
                T built = work.get();
                Platform.runLater(() -> {
                    if (latest.get() == generation) {
                        onFxThread.accept(built);
                    }
                });
            } catch (RuntimeException e) {
                LOG.warn("Building plot data failed", e);
                Platform.runLater(() -> onFailure.accept(e.getMessage()));
            }
        });
    }
}

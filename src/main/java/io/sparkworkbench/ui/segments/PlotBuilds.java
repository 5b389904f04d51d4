package io.sparkworkbench.ui.segments;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds plot data (arrays and their spatial index, tens of milliseconds for 200,000 points) on one
 * background thread and hands it to the JavaFX thread whole. A build is dropped when a newer one was
 * requested (switching axes quickly never shows a stale plot) and when what it was built for is no longer
 * current when it lands: a newer result may arrive without a build of its own starting at once (cleared,
 * or waiting for its ranking), and the older result's points must not fill the plot meanwhile.
 */
final class PlotBuilds {

    private static final Logger LOG = LoggerFactory.getLogger(PlotBuilds.class);
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "segments-plot-build");
        t.setDaemon(true);
        return t;
    });

    private final AtomicLong latest = new AtomicLong();
    private final Executor worker;
    private final Executor fxThread;

    PlotBuilds() {
        this(WORKER, Platform::runLater);
    }

    /** For tests: a worker that runs builds when told, so a build can be made slow on purpose. */
    PlotBuilds(Executor worker, Executor fxThread) {
        this.worker = worker;
        this.fxThread = fxThread;
    }

    /**
     * Builds on the worker; {@code onFxThread} gets the data only if no newer build was asked for and
     * {@code stillCurrent} (asked on the JavaFX thread when the data lands) says its subject is still shown.
     */
    <T> void build(Supplier<T> work, BooleanSupplier stillCurrent, Consumer<T> onFxThread, Consumer<String> onFailure) {
        long generation = latest.incrementAndGet();
        worker.execute(() -> {
            try {
                T built = work.get();
                fxThread.execute(() -> {
                    if (latest.get() == generation && stillCurrent.getAsBoolean()) {
                        onFxThread.accept(built);
                    }
                });
            } catch (RuntimeException e) {
                LOG.warn("Building plot data failed", e);
                fxThread.execute(() -> {
                    if (latest.get() == generation && stillCurrent.getAsBoolean()) {
                        onFailure.accept(e.getMessage());
                    }
                });
            }
        });
    }
}

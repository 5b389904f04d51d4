package io.sparkworkbench.ui.common.chart;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that writes chart exports to disk, shared by every chart. It is file IO, not Spark
 * work, so it stays out of the engine executor; one thread is enough because exports are rare and
 * run one after another. The thread is a daemon and ends when idle, so it never holds the app open.
 */
public final class ExportExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(ExportExecutor.class);
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();
    private static final Executor SHARED = create();

    private ExportExecutor() {
    }

    public static Executor shared() {
        return SHARED;
    }

    private static Executor create() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "chart-export-" + THREAD_NUMBER.incrementAndGet());
                    thread.setDaemon(true);
                    thread.setUncaughtExceptionHandler((t, e) -> LOG.error("Uncaught error in {}", t.getName(), e));
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}

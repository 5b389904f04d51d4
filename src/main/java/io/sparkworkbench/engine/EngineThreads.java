package io.sparkworkbench.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The only place that makes threads for Spark work: named daemon threads that log what escapes them. */
public final class EngineThreads {

    private static final Logger LOG = LoggerFactory.getLogger(EngineThreads.class);

    private EngineThreads() {
    }

    public static ExecutorService newPool(String name, int threads) {
        return Executors.newFixedThreadPool(threads, factory(name));
    }

    public static ThreadFactory factory(String name) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.error("Uncaught exception on {}", t.getName(), e));
            return thread;
        };
    }
}

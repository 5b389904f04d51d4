package io.sparkworkbench.engine;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM for {@link EngineCloseTest}: an engine closed by a shutdown hook, as the app and every command close
 * theirs, with a Spark job running. Prints {@code RUNNING} once the job runs, then waits to be ended.
 */
public final class EngineCloseChild {

    public static void main(String[] args) throws Exception {
        SparkEngine engine = new SparkEngine();
        Runtime.getRuntime().addShutdownHook(new Thread(engine::close, "engine-shutdown"));
        engine.start(new EngineSettings("local[2]", 2, false, Path.of(args[0]))).join();
        EngineTask<Long> endless = engine.submit("Endless job", ctx ->
                ctx.spark().range(0, 500_000_000_000L, 1, 2).selectExpr("sum(id % 7)").first().getLong(0));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (engine.jobs().snapshot().actions().stream().noneMatch(a -> a.id() == endless.id() && a.jobsRunning() > 0)) {
            if (System.nanoTime() > deadline) {
                System.out.println("NEVER STARTED");
                System.exit(2);
            }
            Thread.sleep(20);
        }
        System.out.println("RUNNING");
        System.out.flush();
        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
    }
}

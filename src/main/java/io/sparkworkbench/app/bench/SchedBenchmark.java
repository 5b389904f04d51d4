package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.EnginePool;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.engine.sql.SqlStatement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench sched}: the same small query (a group-by over the scale-1 orders through {@code QueryService},
 * the SQL tab's path) alone, and while a long job keeps every core busy in the background pool — the case
 * FAIR pools are for. The peer: the same query and load in one FIFO pool, Spark's default scheduling, where
 * the query waits for the long job's tasks.
 */
final class SchedBenchmark {

    private static final String QUERY = "SELECT channel, count(*) AS orders, round(avg(total_amount), 2) AS aov "
            + "FROM orders GROUP BY channel ORDER BY orders DESC";
    /** Minutes of work on two cores in tasks of ~0.1 s (a fit or a generation has such tasks); stopped after the queries. */
    private static final String LOAD = "SELECT sum(hash(id) % 1000) FROM range(0, 20000000000, 1, 100000)";
    /** The peer's load: a tenth of it, since under FIFO the query waits for all of it to be scheduled. */
    private static final String PEER_LOAD = "SELECT sum(hash(id) % 1000) FROM range(0, 2000000000, 1, 10000)";
    private static final int RUNS = 5;
    private static final String PEER_POOL = "fifo-peer";

    private final SparkEngine engine;
    private final Figures figures;
    private final QueryService queries;

    SchedBenchmark(SparkEngine engine, Figures figures) {
        this.engine = engine;
        this.figures = figures;
        this.queries = new QueryService(engine);
    }

    void run() throws Exception {
        Path root = Files.createTempDirectory("spark-workbench-bench-sched");
        try {
            Path folder = root.resolve("scale1");
            new DataGenService(engine).generate(GenerationRequest.allTables(1, 42, folder, DataFormat.PARQUET)).task().future().join();
            new DatasetCatalog(engine).open(folder).future().join();
            for (int i = 0; i < 3; i++) {
                query();
            }
            double idle = medianQueryMs();
            figures.print("sched.interactive_idle_ms", Math.round(idle), "ms");

            EngineTask<Object> load = startLoad(LOAD, null);
            double underLoad = medianQueryMs();
            stop(load);
            figures.print("sched.interactive_under_load_ms", Math.round(underLoad), "ms");
            figures.print("sched.under_load_over_idle", underLoad / idle, "x");

            double fifo = fifoPeerMs();
            figures.print("sched.fifo_peer.interactive_under_load_ms", Math.round(fifo), "ms");
            figures.note("FIFO peer: its load is a tenth of the FAIR run's (" + PEER_LOAD + "), the query waits for all of it");
            figures.print("sched.fifo_peer_over_fair", fifo / underLoad, "x");
        } finally {
            GenerateBenchmark.delete(root);
        }
    }

    private double medianQueryMs() {
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            query();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return Figures.median(ms);
    }

    private void query() {
        queries.run(SqlStatement.of(QUERY), QUERY, QueryService.DEFAULT_ROW_CAP).future().join();
    }

    /** The long job in the background pool, or (peer) in {@code pool}; waits until its tasks hold the cores. */
    private EngineTask<Object> startLoad(String sql, String pool) throws InterruptedException {
        EngineTask<Object> load = engine.submit("bench sched: load", EnginePool.BACKGROUND, ctx -> {
            if (pool != null) {
                ctx.spark().sparkContext().setLocalProperty("spark.scheduler.pool", pool);
            }
            return ctx.spark().sql(sql).collectAsList();
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (engine.awaitSession().sparkContext().statusTracker().getActiveStageIds().length == 0) {
            if (System.nanoTime() > deadline || load.future().isDone()) {
                throw new IllegalStateException("The background load did not start");
            }
            Thread.sleep(50);
        }
        Thread.sleep(1000);
        return load;
    }

    /** The peer: query and load in one FIFO pool (Spark's default scheduling), one query is enough to show it. */
    private double fifoPeerMs() throws InterruptedException {
        EngineTask<Object> load = startLoad(PEER_LOAD, PEER_POOL);
        try {
            long t0 = System.nanoTime();
            engine.submit("bench sched: FIFO peer query", ctx -> {
                ctx.spark().sparkContext().setLocalProperty("spark.scheduler.pool", PEER_POOL);
                return ctx.spark().sql(QUERY).limit(QueryService.DEFAULT_ROW_CAP + 1).collectAsList();
            }).future().get(10, TimeUnit.MINUTES);
            return (System.nanoTime() - t0) / 1e6;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("FIFO peer query failed: " + e.getMessage(), e);
        } finally {
            stop(load);
        }
    }

    private static void stop(EngineTask<Object> load) {
        load.cancel();
        try {
            load.future().join();
        } catch (CancellationException | CompletionException expected) {
            // Stopped as intended.
        }
    }
}

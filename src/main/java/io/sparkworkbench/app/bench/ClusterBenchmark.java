package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.EngineSettings;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.WorkbenchPaths;
import io.sparkworkbench.engine.cluster.ClusterExecutors;
import io.sparkworkbench.engine.cluster.ClusterLayout;
import io.sparkworkbench.engine.cluster.ClusterSpec;
import io.sparkworkbench.engine.cluster.ClusterState;
import io.sparkworkbench.engine.cluster.LocalCluster;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.sql.QueryLibrary;
import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.engine.sql.SqlStatement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code bench cluster}: the same work (generating scale 10 to Parquet, then every library query over it
 * through {@link QueryService}) in local mode and on a loopback standalone cluster of a master and two
 * workers of one core and 1g, each figure the median of warm runs after one warm-up. One SparkContext per
 * JVM rules out interleaving the two sides, so the local side runs before and after the cluster's (local,
 * cluster, local) and the cluster is compared with the mean of both: load from elsewhere that rises or
 * falls during the run then falls on both sides alike. Both share the machine's two cores with everything
 * else, the cluster also with its own daemons: the ratio is what going through executors in other JVMs
 * costs here, not what a real cluster would gain.
 */
public final class ClusterBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterBenchmark.class);
    private static final double SCALE = 10;
    private static final long SEED = 42;
    private static final ClusterSpec SHAPE = new ClusterSpec(2, 1, "1g", false);

    /** Median milliseconds of one side's work. */
    record Side(double generateMs, double sqlMaxMs, double sqlTotalMs) {

        double workMs() {
            return generateMs + sqlTotalMs;
        }
    }

    private final BenchRun run;
    private final Figures figures;

    public ClusterBenchmark(BenchRun run) {
        this.run = run;
        this.figures = run.figures();
    }

    public void run() throws Exception {
        int runs = run.quick() ? 1 : 3;
        Path root = Files.createTempDirectory("spark-workbench-bench-cluster");
        WorkbenchPaths paths = WorkbenchPaths.fromEnvironment();
        // Its own folders, so a cluster the user started with 'cluster start' is neither refused nor stopped.
        LocalCluster cluster = new LocalCluster(new ClusterLayout(paths.dataFolder().resolve("bench-cluster"),
                paths.logFolder().resolve("bench-cluster"), paths.dataFolder().resolve("bench-cluster/unused.secret")));
        Thread cleanup = new Thread(cluster::stop, "bench-cluster-cleanup");
        try {
            SparkEngine local = run.localEngine();
            figures.print("cluster.local.session_ms", local.readyMillis(), "ms");
            Side before = measure(local, root.resolve("local-before"), runs, "local");
            run.closeLocalEngine();

            Side clusterSide;
            Runtime.getRuntime().addShutdownHook(cleanup);
            long t0 = System.nanoTime();
            ClusterState state = cluster.start(SHAPE, LocalCluster.START_TIMEOUT);
            figures.print("cluster.start_ms", Math.round((System.nanoTime() - t0) / 1e6), "ms");
            SparkEngine engine = new SparkEngine();
            try {
                long t1 = System.nanoTime();
                engine.start(new EngineSettings(state.masterUrl(), 0, false, paths.dataFolder())).join();
                if (!engine.status().isReady()) {
                    throw new EngineException("Spark did not start on " + state.masterUrl() + ": " + engine.status().message());
                }
                ClusterExecutors.await(engine, SHAPE.workers(), Duration.ofSeconds(60));
                figures.print("cluster.connect_ms", Math.round((System.nanoTime() - t1) / 1e6), "ms");
                clusterSide = measure(engine, root.resolve("cluster"), runs, "cluster");
                figures.print("cluster.generate.scale10.ms", Math.round(clusterSide.generateMs()), "ms");
                figures.print("cluster.sql.scale10.max_ms", Math.round(clusterSide.sqlMaxMs()), "ms");
            } finally {
                engine.close();
                cluster.stop();
            }
            Side after = measure(run.localEngine(), root.resolve("local-after"), runs, "local");
            figures.print("cluster.local.generate.scale10.ms", Math.round((before.generateMs() + after.generateMs()) / 2), "ms");
            figures.print("cluster.local.sql.scale10.max_ms", Math.round((before.sqlMaxMs() + after.sqlMaxMs()) / 2), "ms");
            figures.print("cluster.local.work_ms.before", Math.round(before.workMs()), "ms");
            figures.print("cluster.local.work_ms.after", Math.round(after.workMs()), "ms");
            figures.print("cluster.work_ms", Math.round(clusterSide.workMs()), "ms");
            figures.print("cluster.ratio_vs_local", clusterSide.workMs() / ((before.workMs() + after.workMs()) / 2), "x");
        } finally {
            cluster.stop();
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // Shutting down already, or the hook was never added (the local side failed first).
            }
            GenerateBenchmark.delete(root);
        }
    }

    /** One warm-up, then {@code runs} timed generations; then each query once to warm up and {@code runs} times. */
    private Side measure(SparkEngine engine, Path root, int runs, String side) throws Exception {
        double[] generate = new double[runs];
        Path folder = root;
        for (int i = 0; i <= runs; i++) {
            folder = root.resolve("run-" + i);
            long t0 = System.nanoTime();
            new DataGenService(engine).generate(GenerationRequest.allTables(SCALE, SEED, folder, DataFormat.PARQUET))
                    .task().future().join();
            double ms = (System.nanoTime() - t0) / 1e6;
            if (i > 0) {
                generate[i - 1] = ms;
                GenerateBenchmark.delete(root.resolve("run-" + (i - 1)));
            }
        }
        new DatasetCatalog(engine).open(folder).future().join();
        QueryService service = new QueryService(engine);
        double max = 0;
        double total = 0;
        for (QueryLibrary.Entry entry : QueryLibrary.all()) {
            SqlStatement statement = SqlStatement.of(entry.sql());
            WarmTimer.Action query = () -> service.run(statement, entry.sql(), QueryService.DEFAULT_ROW_CAP).future().join();
            query.run();
            double ms = WarmTimer.medians(runs, List.of(query))[0];
            LOG.info("bench cluster {} {}: {} ms", side, entry.id(), Math.round(ms));
            max = Math.max(max, ms);
            total += ms;
        }
        return new Side(Figures.median(generate), max, total);
    }
}

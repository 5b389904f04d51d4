package io.sparkworkbench.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.sparkworkbench.engine.EngineSettings;
import io.sparkworkbench.engine.FileTrees;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.WorkbenchPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine services give the same answers on a real Spark standalone cluster (a master and two workers of
 * one core and 1g, child JVMs of this build's jars on 127.0.0.1, started through {@link LocalCluster}) as in
 * local mode. Every {@link ClusterCase} runs first on a local[2] engine, which is then closed (one
 * SparkContext per JVM), then on an engine whose master is the cluster, with the same settings otherwise;
 * each value a case returns becomes one test comparing the two sides.
 *
 * <p>To add an engine service: write a {@link ClusterCase} (in this package) whose {@code run} does the
 * service's work through its public API and returns values computed in Spark, and add it to {@link #CASES}.
 * It then runs on both sides with no other change; keep it to a few seconds, since the suite's budget is
 * about three minutes in all on a 2-core machine.
 *
 * <p>Run by {@code ./mvnw verify} (failsafe, {@code *ClusterIT}); the cluster is stopped after the last test,
 * whether they passed or not, and by a shutdown hook if the JVM ends early.
 */
@Tag("cluster")
class LocalVersusClusterIT {

    static final List<ClusterCase> CASES = List.of(new GenerationDigests(), new QueryLibraryRows(), new LibraryChecks(),
            new SegmentationChecks(), new ChurnModels(), new RecommendModels(), new GraphChecks(), new LiveStreamQueries(),
            new PipelineChecks());
    private static final Logger LOG = LoggerFactory.getLogger(LocalVersusClusterIT.class);
    private static final ClusterSpec SHAPE = new ClusterSpec(2, 1, "1g", false);
    private static final int SHUFFLE_PARTITIONS = 4;

    private static final Map<String, Object> LOCAL = new LinkedHashMap<>();
    private static final Map<String, Object> CLUSTER = new LinkedHashMap<>();
    private static LocalCluster cluster;
    private static SparkEngine clusterEngine;
    private static ClusterState state;
    private static int executors;
    private static String lostClusterOutcome = "not run";
    private static io.sparkworkbench.engine.EngineStatus lostClusterState;

    @BeforeAll
    @Timeout(value = 25, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    static void runEveryCaseLocallyThenOnTheCluster() throws Exception {
        WorkbenchPaths paths = WorkbenchPaths.fromEnvironment();
        Path scratch = paths.dataFolder().resolve("cluster-it");
        FileTrees.deleteQuietly(scratch);
        cluster = new LocalCluster(ClusterLayout.of(paths));
        // A cluster left behind by a run that was killed would make the start refuse.
        cluster.stop();
        Runtime.getRuntime().addShutdownHook(new Thread(LocalVersusClusterIT::stopQuietly, "cluster-it-cleanup"));

        SparkEngine local = startEngine("local[2]", paths);
        try {
            runCases(local, scratch.resolve("local"), LOCAL);
        } finally {
            local.close();
        }

        long t0 = System.nanoTime();
        state = cluster.start(SHAPE, LocalCluster.START_TIMEOUT);
        LOG.info("Cluster {} up in {} ms", state.masterUrl(), (System.nanoTime() - t0) / 1_000_000);
        clusterEngine = startEngine(state.masterUrl(), paths);
        ClusterExecutors.await(clusterEngine, SHAPE.workers(), Duration.ofSeconds(60));
        executors = ClusterExecutors.registered(clusterEngine);
        runCases(clusterEngine, scratch.resolve("cluster"), CLUSTER);
        loseTheClusterMidQuery();
    }

    /**
     * Last, since it ends the cluster: a long query runs, the cluster is stopped under it, and the query must
     * fail with a message naming the master (not wait for executors that never come).
     */
    private static void loseTheClusterMidQuery() throws Exception {
        io.sparkworkbench.engine.EngineTask<Object> query = clusterEngine.submit("cluster IT: long query", ctx ->
                ctx.spark().sql("SELECT count(*) FROM range(0, 1000000000000, 1, 200) WHERE id % 7 = 3").collectAsList());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (clusterEngine.awaitSession().sparkContext().statusTracker().getActiveJobIds().length == 0
                && System.nanoTime() < deadline && !query.future().isDone()) {
            Thread.sleep(50);
        }
        cluster.stop();
        try {
            query.future().get(2, TimeUnit.MINUTES);
            lostClusterOutcome = "the query finished although its cluster was stopped";
        } catch (java.util.concurrent.ExecutionException e) {
            lostClusterOutcome = io.sparkworkbench.engine.EngineErrors.describe(e.getCause());
        }
        lostClusterState = clusterEngine.status();
    }

    @Test
    void aClusterStoppedMidQueryFailsTheQueryNamingTheMasterAndTheStatusSaysSo() {
        assertThat(lostClusterOutcome).startsWith("Lost the cluster at " + state.masterUrl());
        assertThat(lostClusterState.state()).isEqualTo(io.sparkworkbench.engine.EngineStatus.State.CLUSTER_LOST);
        assertThat(lostClusterState.message()).contains(state.masterUrl());
    }

    @AfterAll
    static void stopTheCluster() {
        stopQuietly();
    }

    @Test
    void theClusterSideRanOnTheStandaloneMasterWithBothWorkersExecutors() {
        assertThat(clusterEngine.status().master()).isEqualTo(state.masterUrl()).startsWith("spark://127.0.0.1:");
        assertThat(executors).isEqualTo(SHAPE.workers());
    }

    @TestFactory
    Stream<DynamicTest> everyValueIsTheSameOnTheClusterAsLocally() {
        assertThat(CLUSTER.keySet()).containsExactlyElementsOf(LOCAL.keySet());
        return LOCAL.keySet().stream().map(key -> dynamicTest(key, () -> {
            Object local = LOCAL.get(key);
            assertThat(local).as("%s failed locally", key).isNotInstanceOf(Throwable.class);
            assertThat(CLUSTER.get(key)).as("%s failed on the cluster", key).isNotInstanceOf(Throwable.class);
            assertThat(CLUSTER.get(key)).as(key).isEqualTo(local);
        }));
    }

    /** A case that throws still lets the others run; its failure is recorded under its name and reported. */
    private static void runCases(SparkEngine engine, Path scratch, Map<String, Object> into) throws Exception {
        for (ClusterCase c : CASES) {
            Path folder = Files.createDirectories(scratch.resolve(c.name()));
            long t0 = System.nanoTime();
            try {
                c.run(engine, folder).forEach((name, value) -> into.put(c.name() + " / " + name, value));
            } catch (Exception | AssertionError e) {
                LOG.error("Case {} failed on {}", c.name(), engine.status().master(), e);
                into.put(c.name(), e);
            }
            LOG.info("Case {} on {}: {} ms", c.name(), engine.status().master(), (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private static SparkEngine startEngine(String master, WorkbenchPaths paths) {
        SparkEngine engine = new SparkEngine();
        engine.start(new EngineSettings(master, SHUFFLE_PARTITIONS, false, paths.dataFolder())).join();
        assertThat(engine.status().isReady()).as("engine on %s: %s", master, engine.status().message()).isTrue();
        return engine;
    }

    private static synchronized void stopQuietly() {
        if (clusterEngine != null) {
            clusterEngine.close();
            clusterEngine = null;
        }
        if (cluster != null) {
            try {
                cluster.stop();
            } catch (RuntimeException e) {
                LOG.warn("Stopping the test cluster failed", e);
            }
        }
    }
}

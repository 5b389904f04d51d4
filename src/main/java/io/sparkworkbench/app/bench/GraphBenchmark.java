package io.sparkworkbench.app.bench;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.CustomerLayout;
import io.sparkworkbench.engine.datagen.CustomerSegment;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.datagen.SocialCommunities;
import io.sparkworkbench.engine.datagen.TableSizes;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.graph.CommunityRequest;
import io.sparkworkbench.engine.graph.CommunityResult;
import io.sparkworkbench.engine.graph.GraphRun;
import io.sparkworkbench.engine.graph.GraphService;
import io.sparkworkbench.engine.graph.GraphSource;
import io.sparkworkbench.engine.graph.GraphSummary;
import io.sparkworkbench.engine.graph.Homophily;
import io.sparkworkbench.engine.graph.PageRankRequest;
import io.sparkworkbench.engine.graph.PartitionAgreement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;

/**
 * {@code bench graph}: PageRank (20 iterations) through {@link GraphService} on the scale-1 social graph, warm, and
 * JGraphT's PageRank (bench-lib) on the same edges in this JVM; the same PageRank at scale 10 and 100 (not with
 * {@code --quick}) to show how cost grows; label propagation at scale 1 against the generator's planted communities
 * (NMI); and label propagation on a ~1M-edge power-law graph with the hub guard, and (not with {@code --quick})
 * without it, stopped at {@value #UNGUARDED_LIMIT_S} s; homophily at scale 1 on the planted segments. The graph view's frame rates are GraphViewBenchmark's.
 */
final class GraphBenchmark {

    private static final int WARMUPS = 2;
    private static final int RUNS = 5;
    private static final int ITERATIONS = 20;
    private static final double DAMPING = 0.85;
    private static final long SEED = 42;
    private static final long UNGUARDED_LIMIT_S = 180;
    private static final long POWER_LAW_NODES = 100_000;
    private static final long POWER_LAW_EDGES = 1_000_000;

    private final SparkEngine engine;
    private final Figures figures;
    private final GraphService graphs;

    GraphBenchmark(SparkEngine engine, Figures figures) {
        this.engine = engine;
        this.figures = figures;
        this.graphs = new GraphService(engine);
    }

    void run(boolean quick) throws Exception {
        Path root = Files.createTempDirectory("spark-workbench-bench-graph");
        try {
            scale1(root.resolve("scale1"));
            scaled(root.resolve("scale10"), 10);
            if (quick) {
                figures.note("--quick: no scale-100 PageRank and no unguarded label propagation");
            } else {
                scaled(root.resolve("scale100"), 100);
            }
            powerLaw(!quick);
        } finally {
            graphs.close().future().join();
            GenerateBenchmark.delete(root);
        }
    }

    private void scale1(Path folder) throws Exception {
        GraphSummary social = open(folder, 1);
        figures.note("scale 1 social graph: " + social.nodes() + " nodes, " + social.edges() + " edges");
        for (int i = 0; i < WARMUPS; i++) {
            pageRank();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            pageRank();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        double sparkMs = Figures.median(ms);
        figures.print("graph.pagerank.scale1.ms", Math.round(sparkMs), "ms");
        GraphRun<?> counted = graphs.pageRank(PageRankRequest.iterations(ITERATIONS));
        counted.task().future().join();
        ActionJobs.print(figures, "graph.pagerank.scale1", engine, counted.task());
        jgrapht(sparkMs);
        labelPropagationNmi(social);
        homophily();
    }

    /**
     * How alike in segment friends are, as the Graph tab says it. No model is trained here: the generator's planted segment
     * is registered as customer_segments and attached to the open graph as the tab does when it is shown again.
     */
    private void homophily() {
        long customers = TableSizes.of(1).customers();
        CustomerLayout layout = CustomerLayout.of(customers, SEED);
        engine.submit("bench graph: planted segments", ctx -> {
            Column[] names = Arrays.stream(CustomerSegment.values()).map(s -> lit(s.label())).toArray(Column[]::new);
            ctx.spark().table("customers").select(col("customer_id"), layout.segmentOfId(col("customer_id")).cast("int").as("segment"))
                    .withColumn("name", element_at(array(names), col("segment").plus(1)))
                    .createOrReplaceTempView("customer_segments");
            return null;
        }).future().join();
        GraphSummary attached = graphs.refreshSegments().future().join();
        Homophily h = attached.homophily().orElseThrow(() -> new IllegalStateException("the planted segments were not attached"));
        figures.note("graph.homophily: customer_segments = the generator's planted segment (no model trained), attached to the open"
                + " scale-1 social graph; " + h.edges() + " edges, " + h.nodes() + " customers in " + h.segments() + " segments");
        figures.print("graph.homophily.same_segment_share", h.sameSegmentShare(), "");
        figures.print("graph.homophily.random_pair_share", h.randomPairShare(), "");
        figures.print("graph.homophily.ratio_vs_random", h.ratioVsRandom(), "x");
    }

    private void jgrapht(double sparkMs) throws Exception {
        PageRankPeer peer;
        try {
            peer = BenchLib.pageRankPeer();
        } catch (ClassNotFoundException e) {
            figures.note("JGraphT peer skipped: " + e.getMessage());
            return;
        }
        figures.note("peer: " + peer.describe());
        // 43k edges at scale 1: small enough to hold in the driver for the peer (bench only).
        long[][] edges = engine.submit("bench graph: edges for JGraphT", ctx -> {
            List<Row> rows = ctx.spark().table("graph_edges").select("src", "dst").collectAsList();
            long[][] e = new long[2][rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                e[0][i] = rows.get(i).getLong(0);
                e[1][i] = rows.get(i).getLong(1);
            }
            return e;
        }).future().join();
        Map<Long, Double> reference = null;
        for (int i = 0; i < WARMUPS; i++) {
            reference = peer.rank(edges[0], edges[1], ITERATIONS, DAMPING);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            reference = peer.rank(edges[0], edges[1], ITERATIONS, DAMPING);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        double peerMs = Figures.median(ms);
        figures.print("graph.pagerank.jgrapht_ms", Math.round(peerMs), "ms");
        figures.print("graph.pagerank.ratio_vs_jgrapht", sparkMs / peerMs, "x");
        Map<Long, Double> expected = reference;
        double maxDiff = engine.submit("bench graph: ranks vs JGraphT", ctx -> {
            double worst = 0;
            for (Row r : ctx.spark().table("graph_pagerank").select("id", "rank").collectAsList()) {
                worst = Math.max(worst, Math.abs(r.getDouble(1) - expected.getOrDefault(r.getLong(0), 0.0)));
            }
            return worst;
        }).future().join();
        // Not zero where nodes have no out-edge: GraphX drops a sink's rank and rescales at the end, JGraphT spreads it.
        // In millionths of the total rank: Figures prints 3 decimals, and the tests' bound is 1e-6.
        figures.print("graph.pagerank.max_abs_diff_vs_jgrapht_1e6", maxDiff * 1e6, "1e-6");
    }

    private void labelPropagationNmi(GraphSummary social) {
        CommunityResult c = graphs.communities(CommunityRequest.defaults()).task().future().join();
        figures.print("graph.lpa.scale1.ms", c.millis(), "ms");
        figures.print("graph.lpa.scale1.communities", c.communities(), "");
        SocialCommunities planted = SocialCommunities.of(TableSizes.of(1).customers(), SEED);
        long[][] labels = engine.submit("bench graph: communities", ctx -> {
            List<Row> rows = ctx.spark().table("graph_communities").select("id", "community").collectAsList();
            long[][] out = new long[2][rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                out[0][i] = rows.get(i).getLong(1);
                out[1][i] = planted.communityOf(rows.get(i).getLong(0));
            }
            return out;
        }).future().join();
        figures.print("graph.lpa.nmi", PartitionAgreement.normalizedMutualInformation(labels[0], labels[1]), "");
        figures.note("graph.lpa.nmi over the " + social.nodes() + " customers with an edge; hub guard " + c.hubs() + " hubs, "
                + c.edgesUsed() + " of " + c.edges() + " edges used");
    }

    private void scaled(Path folder, double scale) {
        long t0 = System.nanoTime();
        GraphSummary social = open(folder, scale);
        String s = Integer.toString((int) scale);
        figures.print("graph.scale" + s + ".generate_and_open_ms", Math.round((System.nanoTime() - t0) / 1e6), "ms");
        figures.print("graph.scale" + s + ".edges", social.edges(), "edges");
        pageRank();
        t0 = System.nanoTime();
        pageRank();
        figures.print("graph.pagerank.scale" + s + ".ms", Math.round((System.nanoTime() - t0) / 1e6), "ms");
    }

    /** Label propagation where it hurts: in-degree ~ u³ over the ids, so the top node has ~2% of all edges. */
    private void powerLaw(boolean unguardedToo) throws Exception {
        String sql = "SELECT pmod(xxhash64(id, 1), " + POWER_LAW_NODES + ") AS src, CAST(floor(" + POWER_LAW_NODES
                + " * pow((pmod(xxhash64(id, 2), 1000000) + 0.5) / 1000000, 3)) AS BIGINT) AS dst FROM range(0, " + POWER_LAW_EDGES + ")";
        engine.submit("bench graph: power-law edges", ctx -> {
            ctx.spark().sql(sql).createOrReplaceTempView("bench_power_law");
            return null;
        }).future().join();
        GraphSummary g = graphs.open(GraphSource.custom("bench_power_law", "src", "dst", null, false)).task().future().join();
        long maxDegree = graphs.degrees().task().future().join().maxDegree();
        figures.note("power-law graph: " + g.nodes() + " nodes, " + g.edges() + " edges, highest degree " + maxDegree);
        CommunityRequest guarded = CommunityRequest.defaults();
        long t0 = System.nanoTime();
        CommunityResult c = graphs.communities(guarded).task().future().join();
        figures.print("graph.lpa.powerlaw1m.guarded_ms", Math.round((System.nanoTime() - t0) / 1e6), "ms");
        figures.note("guarded label propagation (" + guarded.maxIterations() + " iterations, cap " + guarded.hubDegreeCap() + "): "
                + c.hubs() + " hubs, " + c.edgesUsed() + " of " + c.edges() + " edges used, " + c.communities() + " communities");
        if (!unguardedToo) {
            return;
        }
        GraphRun<CommunityResult> unguarded = graphs.communities(new CommunityRequest(guarded.maxIterations(), 0));
        t0 = System.nanoTime();
        try {
            unguarded.task().future().get(UNGUARDED_LIMIT_S, TimeUnit.SECONDS);
            figures.print("graph.lpa.powerlaw1m.unguarded_ms", Math.round((System.nanoTime() - t0) / 1e6), "ms");
        } catch (TimeoutException e) {
            unguarded.cancel();
            try {
                unguarded.task().future().get(60, TimeUnit.SECONDS);
            } catch (CancellationException | java.util.concurrent.ExecutionException stopped) {
                // Expected: it was stopped.
            }
            figures.note("unguarded label propagation on the power-law graph did not finish in " + UNGUARDED_LIMIT_S + " s: stopped ("
                    + unguarded.progress() + ")");
        }
    }

    private void pageRank() {
        EngineTask<?> task = graphs.pageRank(PageRankRequest.iterations(ITERATIONS)).task();
        task.future().join();
    }

    private GraphSummary open(Path folder, double scale) {
        new DataGenService(engine).generate(GenerationRequest.allTables(scale, SEED, folder, DataFormat.PARQUET)).task().future().join();
        new DatasetCatalog(engine).open(folder).future().join();
        return graphs.open(GraphSource.social()).task().future().join();
    }
}

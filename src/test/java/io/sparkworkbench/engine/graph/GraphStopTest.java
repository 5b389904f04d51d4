package io.sparkworkbench.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.EnginePool;
import io.sparkworkbench.testing.StopBounds;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;
import org.junit.jupiter.api.Test;

class GraphStopTest {

    @Test
    void stoppedPageRankEndsItsSparkJobs() throws Exception {
        // 2M edges among 200k nodes, 200 iterations: many minutes here, so an end within the bound can only be the Stop.
        GraphTesting.engine().submit("test: big edge view", ctx -> {
            ctx.spark().sql("SELECT id % 200000 AS src, pmod(xxhash64(id), 200000) AS dst FROM range(0, 2000000)")
                    .createOrReplaceTempView("stop_edges");
            return null;
        }).future().join();
        GraphService service = new GraphService(GraphTesting.engine());
        GraphTesting.await(service.open(GraphSource.custom("stop_edges", "src", "dst", null, true)));
        SparkContext sc = GraphTesting.engine().awaitSession().sparkContext();
        GraphRun<PageRankResult> run = service.pageRank(PageRankRequest.iterations(PageRankRequest.MAX_ITERATIONS));
        assertThat(run.task().pool()).as("graph algorithms are long work").isEqualTo(EnginePool.BACKGROUND);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (sc.statusTracker().getActiveJobIds().length == 0 && !run.task().future().isDone() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        // Into the iterations, past building the GraphX graph.
        Thread.sleep(5000);
        assertThat(run.task().future().isDone()).as("PageRank should still run").isFalse();
        assertThat(run.progress()).startsWith("PageRank (200 iterations) on 200000 nodes");
        long t0 = System.nanoTime();
        run.cancel();
        assertThatThrownBy(() -> run.task().future().get(StopBounds.STOPPED_SECONDS, TimeUnit.SECONDS))
                .isInstanceOf(CancellationException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(StopBounds.STOPPED);
        long quiet = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (sc.statusTracker().getActiveJobIds().length > 0 && System.nanoTime() < quiet) {
            Thread.sleep(20);
        }
        assertThat(sc.statusTracker().getActiveJobIds()).as("Spark jobs left running after Stop").isEmpty();
        assertThat(run.progress()).endsWith("stopped");
        service.close().future().join();
    }
}

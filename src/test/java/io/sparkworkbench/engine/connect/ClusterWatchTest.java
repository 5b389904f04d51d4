package io.sparkworkbench.engine.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.cluster.ExecutorInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClusterWatchTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<String> lost = new CopyOnWriteArrayList<>();
    private final String master;
    private final ClusterWatch watch;

    ClusterWatchTest() throws Exception {
        master = "spark://127.0.0.1:" + FakeMasters.closedPort();
        watch = new ClusterWatch(master, 200, timer, lost::add);
    }

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    private static SparkListenerExecutorAdded added(String id, int cores) {
        return new SparkListenerExecutorAdded(0, id, new ExecutorInfo("127.0.0.1", cores, scala.collection.immutable.Map$.MODULE$.empty()));
    }

    /** Lets the timer run what is due within the grace period and a bit, then waits for it. */
    private void afterGrace() throws Exception {
        Thread.sleep(400);
        timer.submit(() -> { }).get(5, TimeUnit.SECONDS);
    }

    @Test
    void countsExecutorsAndTheirCoresIncludingThoseSeeded() {
        watch.seed(Map.of("0", 2));
        watch.onExecutorAdded(added("1", 4));
        assertThat(watch.executors()).isEqualTo(2);
        assertThat(watch.cores()).isEqualTo(6);
    }

    @Test
    void everyExecutorGoneAndNoneBackIsALostClusterNamingTheMaster() throws Exception {
        watch.onExecutorAdded(added("0", 1));
        watch.onExecutorRemoved(new SparkListenerExecutorRemoved(0, "0",
                "Remote RPC client disassociated. Likely due to containers exceeding thresholds, or network issues."));
        afterGrace();

        assertThat(lost).hasSize(1);
        assertThat(lost.get(0)).startsWith("Lost the cluster at " + master + ": every executor is gone; the last one: "
                + "Remote RPC client disassociated (the master does not answer either)");
    }

    @Test
    void anExecutorReplacedWithinTheGracePeriodIsNoLoss() throws Exception {
        watch.onExecutorAdded(added("0", 1));
        watch.onExecutorRemoved(new SparkListenerExecutorRemoved(0, "0", "Executor exited"));
        watch.onExecutorAdded(added("1", 1));
        afterGrace();
        assertThat(lost).isEmpty();
    }

    @Test
    void anApplicationEndIsALossUnlessWeStoppedIt() throws Exception {
        watch.expectStop();
        watch.onApplicationEnd(new SparkListenerApplicationEnd(0, scala.Option.empty()));
        afterGrace();
        assertThat(lost).isEmpty();

        ClusterWatch other = new ClusterWatch(master, 200, timer, lost::add);
        other.onApplicationEnd(new SparkListenerApplicationEnd(0, scala.Option.empty()));
        afterGrace();
        assertThat(lost).singleElement().asString().contains("the Spark application was ended");
    }
}

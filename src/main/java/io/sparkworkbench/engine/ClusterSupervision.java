package io.sparkworkbench.engine;

import io.sparkworkbench.engine.connect.ClusterWatch;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;

/**
 * The engine's side of {@link ClusterWatch}: one watch per cluster session, the executors it counts, and
 * the sentence that says the cluster is gone (running and new actions fail with it).
 */
final class ClusterSupervision implements AutoCloseable {

    /** No executor for this long on a cluster = the cluster is lost (a crashed executor is back sooner). */
    private static final long GRACE_MILLIS = 3000;

    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(EngineThreads.factory("engine-cluster-watch"));
    private volatile ClusterWatch watch;
    private volatile String lostReason;

    /** Starts watching a new cluster session; {@code onLost} runs once, on the watch's thread. */
    void attach(SparkSession spark, String master, Consumer<String> onLost) {
        ClusterWatch clusterWatch = new ClusterWatch(master, GRACE_MILLIS, timer, message -> {
            lostReason = message;
            onLost.accept(message);
        });
        Map<String, Integer> registered = new HashMap<>();
        // Executors that registered while the session started, before the listener could hear of them.
        scala.jdk.javaapi.CollectionConverters.asJava(spark.sparkContext().statusStore().executorList(true)).stream()
                .filter(e -> !"driver".equals(e.id()))
                .forEach(e -> registered.put(e.id(), e.totalCores()));
        clusterWatch.seed(registered);
        spark.sparkContext().addSparkListener(clusterWatch);
        watch = clusterWatch;
    }

    /** Call before the session stops on purpose: its end is then no lost cluster. */
    void detach() {
        ClusterWatch current = watch;
        if (current != null) {
            current.expectStop();
        }
        watch = null;
        lostReason = null;
    }

    /** The sentence naming the lost master, or null while the cluster is there (or the session is local). */
    String lostReason() {
        return lostReason;
    }

    /** {@code status} with the executors connected right now, when a cluster is watched. */
    EngineStatus withExecutors(EngineStatus status) {
        ClusterWatch current = watch;
        return current != null && status.isReady() ? status.withExecutors(current.executors(), current.cores()) : status;
    }

    @Override
    public void close() {
        detach();
        timer.shutdownNow();
    }
}

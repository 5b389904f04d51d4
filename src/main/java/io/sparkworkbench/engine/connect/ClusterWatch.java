package io.sparkworkbench.engine.connect;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts a cluster session's executors and notices when the cluster is gone: every executor removed and
 * none back within a grace period, or the application ended without us stopping it. Spark itself would
 * leave a running query waiting for executors that never come.
 */
public final class ClusterWatch extends SparkListener {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterWatch.class);

    private final String masterUrl;
    private final long graceMillis;
    private final ScheduledExecutorService timer;
    private final Consumer<String> onLost;
    private final Map<String, Integer> coresByExecutor = new ConcurrentHashMap<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicBoolean lost = new AtomicBoolean();
    private volatile String lastRemoval = "";

    /**
     * @param graceMillis how long no executor may be left before the cluster counts as lost (a worker
     *                    restarting a crashed executor takes a second or two)
     * @param onLost      called once, on the timer's thread, with a sentence naming the master
     */
    public ClusterWatch(String masterUrl, long graceMillis, ScheduledExecutorService timer, Consumer<String> onLost) {
        this.masterUrl = masterUrl;
        this.graceMillis = graceMillis;
        this.timer = timer;
        this.onLost = onLost;
    }

    /** Executors that registered before this listener was added. */
    public void seed(Map<String, Integer> executors) {
        executors.forEach(coresByExecutor::putIfAbsent);
    }

    public int executors() {
        return coresByExecutor.size();
    }

    public int cores() {
        return coresByExecutor.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Call before stopping the session on purpose, so its end is not reported as a lost cluster. */
    public void expectStop() {
        stopping.set(true);
    }

    @Override
    public void onExecutorAdded(SparkListenerExecutorAdded added) {
        coresByExecutor.put(added.executorId(), added.executorInfo().totalCores());
    }

    @Override
    public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
        coresByExecutor.remove(removed.executorId());
        lastRemoval = firstSentence(removed.reason());
        if (coresByExecutor.isEmpty() && !stopping.get()) {
            timer.schedule(this::checkStillEmpty, graceMillis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void onApplicationEnd(SparkListenerApplicationEnd end) {
        if (!stopping.get()) {
            timer.execute(() -> report("the Spark application was ended (" + masterState() + ")"));
        }
    }

    private void checkStillEmpty() {
        if (coresByExecutor.isEmpty() && !stopping.get()) {
            String why = lastRemoval.isBlank() ? "" : "; the last one: " + lastRemoval;
            report("every executor is gone" + why + " (" + masterState() + ")");
        }
    }

    private void report(String what) {
        if (lost.compareAndSet(false, true)) {
            String message = "Lost the cluster at " + masterUrl + ": " + what
                    + ". Reconnect when it is back, or switch to local.";
            LOG.warn(message);
            onLost.accept(message);
        }
    }

    /** Spark's removal reasons go on with guesses ("Likely due to containers exceeding thresholds…"). */
    private static String firstSentence(String reason) {
        if (reason == null) {
            return "";
        }
        int end = reason.indexOf(". ");
        return end < 0 ? reason.strip() : reason.substring(0, end);
    }

    /** Whether the master still accepts connections: tells "the cluster is down" from "no workers left". */
    private String masterState() {
        try {
            for (MasterAddresses.HostPort master : MasterAddresses.parse(masterUrl)) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(master.host(), master.port()), 1000);
                    return "the master still answers, but no worker runs an executor for this app";
                } catch (IOException e) {
                    // try the next listed master
                }
            }
        } catch (IllegalArgumentException e) {
            return "the master URL cannot be checked";
        }
        return "the master does not answer either";
    }
}

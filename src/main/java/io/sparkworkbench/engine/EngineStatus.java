package io.sparkworkbench.engine;

/**
 * The session state shown in the status bar. Plain values only: this crosses into the UI.
 *
 * @param driverHost       the address the driver listens on ("" before it started)
 * @param driverPort       {@code spark.driver.port} as bound (0 when unknown)
 * @param blockManagerPort the driver's block manager port (0 when unknown)
 * @param executors        executors connected from a cluster (0 when local: the driver runs the tasks)
 * @param executorCores    their cores together
 */
public record EngineStatus(State state, String master, int cores, String sparkVersion, String message,
                           String driverHost, int driverPort, int blockManagerPort, int executors, int executorCores) {

    /** {@code CLUSTER_LOST}: the session exists but its cluster is gone; Reconnect or Switch to local. */
    public enum State { STARTING, READY, FAILED, STOPPED, CLUSTER_LOST }

    public EngineStatus(State state, String master, int cores, String sparkVersion, String message) {
        this(state, master, cores, sparkVersion, message, "", 0, 0, 0, 0);
    }

    public static EngineStatus starting(String master) {
        return new EngineStatus(State.STARTING, master, 0, "", "Starting Spark…");
    }

    public static EngineStatus failed(String master, String reason) {
        return new EngineStatus(State.FAILED, master, 0, "", reason);
    }

    public boolean isReady() {
        return state == State.READY;
    }

    /** True when the session runs tasks on executors of a cluster, not inside this JVM. */
    public boolean isCluster() {
        return !master.startsWith("local");
    }

    public EngineStatus withExecutors(int count, int totalCores) {
        return new EngineStatus(state, master, cores, sparkVersion, message, driverHost, driverPort, blockManagerPort,
                count, totalCores);
    }

    public EngineStatus lost(String reason) {
        return new EngineStatus(State.CLUSTER_LOST, master, cores, sparkVersion, reason, driverHost, driverPort,
                blockManagerPort, 0, 0);
    }
}

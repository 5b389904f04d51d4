package io.sparkworkbench.engine;

/** The session state shown in the status bar. Plain values only: this crosses into the UI. */
public record EngineStatus(State state, String master, int cores, String sparkVersion, String message) {

    public enum State { STARTING, READY, FAILED, STOPPED }

    public static EngineStatus starting(String master) {
        return new EngineStatus(State.STARTING, master, 0, "", "Starting Spark…");
    }

    public static EngineStatus failed(String master, String reason) {
        return new EngineStatus(State.FAILED, master, 0, "", reason);
    }

    public boolean isReady() {
        return state == State.READY;
    }
}

package io.sparkworkbench.ui.shell;

import io.sparkworkbench.engine.EngineStatus;
import io.sparkworkbench.ui.common.Formats;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Session state, master, cores, Spark version, the driver's address and ports, a cluster's executors and
 * the heap, sampled from the engine a few times a second. Never shows the shared secret: it has none.
 */
public final class StatusBarViewModel {

    private final Supplier<EngineStatus> status;
    private final ReadOnlyObjectWrapper<EngineStatus.State> state = new ReadOnlyObjectWrapper<>(EngineStatus.State.STOPPED);
    private final ReadOnlyStringWrapper sessionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper masterText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heapText = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper clusterLost = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper noticeText = new ReadOnlyStringWrapper("");
    /** Each tab's notice, in the order they first spoke: the bar shows them joined. */
    private final java.util.Map<String, String> notices = new java.util.LinkedHashMap<>();
    private EngineStatus last;

    public StatusBarViewModel(Supplier<EngineStatus> status) {
        this.status = status;
        refresh();
    }

    public void refresh() {
        EngineStatus now = status.get();
        if (!now.equals(last)) {
            last = now;
            state.set(now.state());
            sessionText.set(describe(now));
            masterText.set(masterLine(now));
            // Also after a failed start on a cluster (e.g. a Reconnect while the master is still down).
            clusterLost.set(now.state() == EngineStatus.State.CLUSTER_LOST
                    || now.state() == EngineStatus.State.FAILED && now.isCluster());
        }
        Runtime rt = Runtime.getRuntime();
        heapText.set("Heap " + Formats.bytes(rt.totalMemory() - rt.freeMemory()) + " of " + Formats.bytes(rt.maxMemory()));
    }

    static String describe(EngineStatus status) {
        return switch (status.state()) {
            case STARTING -> "Spark starting…";
            case READY -> "Spark ready";
            case FAILED -> "Spark failed: " + status.message();
            case STOPPED -> "Spark stopped";
            case CLUSTER_LOST -> "Cluster lost: " + status.message();
        };
    }

    /** "master · cores · Spark v · driver host:port, block manager port · executors", as far as known. */
    static String masterLine(EngineStatus status) {
        if (!status.isReady()) {
            return status.master();
        }
        // On a cluster the executors' cores (below) are what counts, not the session's default parallelism.
        StringBuilder line = new StringBuilder(status.isCluster()
                ? String.format("%s · Spark %s", status.master(), status.sparkVersion())
                : String.format("%s · %d cores · Spark %s", status.master(), status.cores(), status.sparkVersion()));
        if (!status.driverHost().isEmpty()) {
            line.append(" · driver ").append(status.driverHost());
            if (status.driverPort() > 0) {
                line.append(':').append(status.driverPort());
            }
            if (status.blockManagerPort() > 0) {
                line.append(", block manager ").append(status.blockManagerPort());
            }
        }
        if (status.isCluster()) {
            line.append(" · ").append(status.executors()).append(status.executors() == 1 ? " executor, " : " executors, ")
                    .append(status.executorCores()).append(status.executorCores() == 1 ? " core" : " cores");
        }
        return line.toString();
    }

    /** True while the session's cluster is gone: the status bar then offers Reconnect and Switch to local. */
    public javafx.beans.property.ReadOnlyBooleanProperty clusterLostProperty() {
        return clusterLost.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EngineStatus.State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sessionTextProperty() {
        return sessionText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty masterTextProperty() {
        return masterText.getReadOnlyProperty();
    }

    /** A tab's notice for the bar (e.g. the live tab's event-rate alert); an empty text clears that tab's. */
    public void setNotice(String tabId, String text) {
        if (text == null || text.isBlank()) {
            notices.remove(tabId);
        } else {
            notices.put(tabId, text);
        }
        noticeText.set(String.join(" · ", notices.values()));
    }

    /** The tabs' notices, joined; empty when none has anything to say. */
    public ReadOnlyStringProperty noticeTextProperty() {
        return noticeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty heapTextProperty() {
        return heapText.getReadOnlyProperty();
    }
}

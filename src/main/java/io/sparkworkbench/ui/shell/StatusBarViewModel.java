package io.sparkworkbench.ui.shell;

import io.sparkworkbench.engine.EngineStatus;
import io.sparkworkbench.ui.common.Formats;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Session state, master, cores, Spark version and heap, sampled from the engine a few times a second. */
public final class StatusBarViewModel {

    private final Supplier<EngineStatus> status;
    private final ReadOnlyObjectWrapper<EngineStatus.State> state = new ReadOnlyObjectWrapper<>(EngineStatus.State.STOPPED);
    private final ReadOnlyStringWrapper sessionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper masterText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heapText = new ReadOnlyStringWrapper("");
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
            masterText.set(now.isReady()
                    ? String.format("%s · %d cores · Spark %s", now.master(), now.cores(), now.sparkVersion())
                    : now.master());
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
        };
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

    public ReadOnlyStringProperty heapTextProperty() {
        return heapText.getReadOnlyProperty();
    }
}

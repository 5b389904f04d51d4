package io.sparkworkbench.ui.shell;

import io.sparkworkbench.engine.ActionProgress;
import io.sparkworkbench.engine.JobsSnapshot;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Running and recent actions, copied from the engine's snapshot only when it changed. */
public final class JobsViewModel {

    private final Supplier<JobsSnapshot> source;
    private final LongConsumer stopAction;
    private final ObservableList<ActionProgress> actions = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper running = new ReadOnlyLongWrapper();
    private JobsSnapshot last;

    public JobsViewModel(Supplier<JobsSnapshot> source, LongConsumer stopAction) {
        this.source = source;
        this.stopAction = stopAction;
    }

    public void refresh() {
        JobsSnapshot snapshot = source.get();
        if (snapshot != last) {
            last = snapshot;
            actions.setAll(snapshot.actions());
            running.set(snapshot.runningCount());
        }
    }

    /** Cancels that action's Spark jobs; the list shows it as stopped once the engine confirms. */
    public void stop(long actionId) {
        stopAction.accept(actionId);
    }

    public ObservableList<ActionProgress> actions() {
        return actions;
    }

    public ReadOnlyLongProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}

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
            update(snapshot.actions());
            running.set(snapshot.runningCount());
        }
    }

    /**
     * Replaces only the rows that changed when the list still holds the same actions in the same order:
     * while jobs run the snapshot changes every frame, and rebuilding every row would make the Stop
     * buttons flicker under the user's pointer.
     */
    private void update(java.util.List<ActionProgress> now) {
        boolean sameActions = now.size() == actions.size();
        for (int i = 0; sameActions && i < now.size(); i++) {
            sameActions = now.get(i).id() == actions.get(i).id();
        }
        if (!sameActions) {
            actions.setAll(now);
            return;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).equals(actions.get(i))) {
                actions.set(i, now.get(i));
            }
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

package io.sparkworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.ActionProgress;
import io.sparkworkbench.engine.JobsSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class JobsViewModelTest {

    private static ActionProgress action(long id, ActionProgress.State state, int tasksDone) {
        return new ActionProgress(id, "action " + id, state, 100, 0, 1, 0, 1, tasksDone, 10, "");
    }

    @Test
    void progressOfTheSameActionsUpdatesRowsInPlace() {
        AtomicReference<JobsSnapshot> source = new AtomicReference<>(new JobsSnapshot(1, List.of(
                action(2, ActionProgress.State.RUNNING, 1), action(1, ActionProgress.State.SUCCEEDED, 10))));
        List<Long> stopped = new ArrayList<>();
        JobsViewModel model = new JobsViewModel(source::get, stopped::add);
        model.refresh();
        assertThat(model.actions()).extracting(ActionProgress::id).containsExactly(2L, 1L);
        assertThat(model.runningProperty().get()).isEqualTo(1);

        List<String> changes = new ArrayList<>();
        model.actions().addListener((ListChangeListener<ActionProgress>) c -> {
            while (c.next()) {
                changes.add(c.wasReplaced() ? "replaced " + c.getFrom() + ".." + c.getTo() : c.toString());
            }
        });
        source.set(new JobsSnapshot(2, List.of(action(2, ActionProgress.State.RUNNING, 5), action(1, ActionProgress.State.SUCCEEDED, 10))));
        model.refresh();
        assertThat(changes).containsExactly("replaced 0..1");
        assertThat(model.actions().get(0).tasksDone()).isEqualTo(5);

        source.set(new JobsSnapshot(3, List.of(action(3, ActionProgress.State.RUNNING, 0), action(2, ActionProgress.State.CANCELLED, 5),
                action(1, ActionProgress.State.SUCCEEDED, 10))));
        model.refresh();
        assertThat(model.actions()).extracting(ActionProgress::id).containsExactly(3L, 2L, 1L);

        model.stop(3);
        assertThat(stopped).containsExactly(3L);
    }
}

package io.sparkworkbench.ui.shell;

import io.sparkworkbench.engine.ActionProgress;
import io.sparkworkbench.ui.common.Formats;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Running and recent Spark actions: progress of their stages and tasks, elapsed time, and Stop. */
final class JobsPanel extends BorderPane {

    JobsPanel(JobsViewModel model) {
        ListView<ActionProgress> list = new ListView<>(model.actions());
        list.setId("jobs-list");
        list.setPlaceholder(new Label("No Spark jobs yet: they appear here while they run, with a Stop button."));
        list.setCellFactory(v -> new ActionCell(model));
        Label title = new Label("Jobs");
        title.getStyleClass().add("panel-title");
        setTop(title);
        setCenter(list);
        setPadding(new Insets(4, 6, 4, 6));
        getStyleClass().add("jobs-panel");
    }

    private static final class ActionCell extends ListCell<ActionProgress> {
        private final Label label = new Label();
        private final Label state = new Label();
        private final ProgressBar progress = new ProgressBar();
        private final Label details = new Label();
        private final Label elapsed = new Label();
        private final Button stop = new Button("Stop");
        private final HBox row;
        private long actionId;

        ActionCell(JobsViewModel model) {
            progress.setPrefWidth(160);
            label.setMinWidth(120);
            label.setMaxWidth(360);
            details.getStyleClass().add("job-details");
            // A long failure message must shrink with an ellipsis, not widen every row past the Stop button.
            details.setMinWidth(0);
            details.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(details, Priority.ALWAYS);
            label.setMinWidth(60);
            setPrefWidth(0);
            elapsed.setMinWidth(64);
            elapsed.setAlignment(Pos.CENTER_RIGHT);
            stop.getStyleClass().add("job-stop");
            stop.setOnAction(e -> model.stop(actionId));
            stop.setMinWidth(Region.USE_PREF_SIZE);
            elapsed.setMinWidth(Region.USE_PREF_SIZE);
            row = new HBox(10, label, state, progress, details, elapsed, stop);
            row.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(ActionProgress action, boolean empty) {
            super.updateItem(action, empty);
            if (empty || action == null) {
                setGraphic(null);
                return;
            }
            actionId = action.id();
            label.setText(action.label());
            state.setText(action.state().name().toLowerCase(Locale.ROOT));
            state.getStyleClass().removeIf(c -> c.startsWith("job-state-"));
            state.getStyleClass().add("job-state-" + action.state().name().toLowerCase(Locale.ROOT));
            double fraction = action.taskFraction();
            progress.setProgress(action.isRunning() ? (fraction < 0 ? ProgressBar.INDETERMINATE_PROGRESS : fraction)
                    : (action.state() == ActionProgress.State.SUCCEEDED ? 1 : Math.max(0, fraction)));
            String counts = String.format(Locale.US, "jobs %d%s · stages %d/%d · tasks %d/%d", action.jobsDone(),
                    action.jobsRunning() > 0 ? " (+" + action.jobsRunning() + " running)" : "",
                    action.stagesDone(), action.stagesTotal(), action.tasksDone(), action.tasksTotal());
            details.setText(action.message().isBlank() ? counts : counts + " · " + action.message());
            elapsed.setText(Formats.elapsed(action.elapsedMs()));
            stop.setVisible(action.isRunning());
            stop.setId("job-stop-" + action.id());
            setGraphic(row);
        }
    }
}

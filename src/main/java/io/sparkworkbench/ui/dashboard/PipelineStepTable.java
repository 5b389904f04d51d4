package io.sparkworkbench.ui.dashboard;

import io.sparkworkbench.engine.pipeline.StepProgress;
import io.sparkworkbench.engine.pipeline.StepState;
import io.sparkworkbench.ui.common.Columns;
import io.sparkworkbench.ui.common.Formats;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;

/** One row per pipeline step, in the order they run: state (a coloured dot), rows written, seconds, Spark jobs, message. */
final class PipelineStepTable extends TableView<StepProgress> {

    PipelineStepTable(PipelineViewModel model) {
        super(model.steps());
        setId("pipeline-steps");
        setPlaceholder(new Label("The steps appear here"));
        TableColumn<StepProgress, String> step = Columns.text("step", model::stepName);
        step.setPrefWidth(190);
        TableColumn<StepProgress, String> message = Columns.text("message", PipelineTexts::message);
        message.setPrefWidth(260);
        message.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // A failure's reason can be long: the whole of it on hover.
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        TableColumn<StepProgress, Long> rows = Columns.number("rows written", StepProgress::rows, r -> r == 0 ? "" : Formats.count(r));
        rows.setPrefWidth(115);
        TableColumn<StepProgress, Integer> jobs = Columns.number("Spark jobs", StepProgress::jobs, j -> j == 0 ? "" : Integer.toString(j));
        jobs.setPrefWidth(95);
        getColumns().setAll(List.of(step, stateColumn(), rows,
                Columns.number("seconds", StepProgress::seconds, s -> s == 0 ? "" : String.format(Locale.US, "%.1f", s)),
                jobs, message));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setSortPolicy(t -> false);
        setFixedCellSize(26);
    }

    private static TableColumn<StepProgress, StepState> stateColumn() {
        TableColumn<StepProgress, StepState> column = new TableColumn<>("state");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().state()));
        column.setPrefWidth(100);
        column.setCellFactory(c -> new TableCell<>() {
            private final Circle dot = new Circle(5);

            @Override
            protected void updateItem(StepState state, boolean empty) {
                super.updateItem(state, empty);
                if (empty || state == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(PipelineTexts.state(state));
                dot.getStyleClass().setAll("pipeline-state-dot", PipelineTexts.styleClass(state));
                setGraphic(dot);
                getStyleClass().removeIf(s -> s.startsWith("pipeline-state-"));
                getStyleClass().add(PipelineTexts.styleClass(state));
            }
        });
        return column;
    }
}

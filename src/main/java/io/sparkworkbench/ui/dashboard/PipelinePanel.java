package io.sparkworkbench.ui.dashboard;

import io.sparkworkbench.engine.pipeline.PipelineStep;
import io.sparkworkbench.ui.common.FrameSampler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Dashboard's "Run the whole analysis" pane (under the charts, shown by the filter bar's toggle): the run's settings with Run and
 * Stop on the left, the steps' table and the total line on the right. While a run goes the model is sampled on a
 * 200 ms frame timer, which stops with the run.
 */
final class PipelinePanel extends TitledPane {

    /** How often the run's snapshot is read while it runs. */
    static final long SAMPLE_MILLIS = 200;

    private final FrameSampler sampler = new FrameSampler(SAMPLE_MILLIS);

    PipelinePanel(PipelineViewModel model) {
        Button run = new Button("Run");
        run.setId("pipeline-run");
        run.disableProperty().bind(model.runningProperty().or(model.form().errorBinding().isNotEmpty()));
        run.setOnAction(e -> model.run());
        Button stop = new Button("Stop");
        stop.setId("pipeline-stop");
        stop.getStyleClass().add("danger");
        stop.disableProperty().bind(model.runningProperty().not().or(model.stoppingProperty()));
        stop.setOnAction(e -> model.stop());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.runningProperty());
        HBox buttons = new HBox(8, run, stop, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);

        BorderPane left = new BorderPane(new PipelineFormView(model.form()));
        left.setBottom(buttons);
        BorderPane.setMargin(buttons, new Insets(8, 0, 0, 0));
        left.setPrefWidth(440);
        left.setMinWidth(340);

        Label total = new Label();
        total.setId("pipeline-total");
        total.textProperty().bind(model.totalProperty());
        total.getStyleClass().add("pipeline-total");
        total.setWrapText(true);
        Label message = new Label();
        message.setId("pipeline-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        model.problemProperty().addListener((obs, was, now) -> {
            if (now) {
                message.getStyleClass().add("form-error");
            } else {
                message.getStyleClass().remove("form-error");
            }
        });
        PipelineStepTable table = new PipelineStepTable(model);
        // Every step's row in view, header included: the pane grows rather than the table scrolling.
        // Every step without a scroll bar, the live one included.
        int rows = PipelineStep.values().length;
        table.setPrefHeight(26 * rows + 44);
        table.setMinHeight(26 * rows + 44);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox right = new VBox(6, table, total, message);
        HBox.setHgrow(right, Priority.ALWAYS);

        HBox content = new HBox(16, left, right);
        content.setPadding(new Insets(8, 10, 8, 10));
        setText("Run the whole analysis");
        // Collapsing hides the pane (see DashboardView): no animation of a pane that is about to vanish.
        setAnimated(false);
        setContent(content);
        setId("pipeline-panel");
        getStyleClass().add("pipeline-panel");

        sampler.add(model::sample);
        model.runningProperty().addListener((obs, was, now) -> {
            if (now) {
                setExpanded(true);
                sampler.start();
            } else {
                sampler.stop();
            }
        });
    }
}

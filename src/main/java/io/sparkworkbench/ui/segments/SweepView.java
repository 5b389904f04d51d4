package io.sparkworkbench.ui.segments;

import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** "Choose k": sweep a range of k, watch WSSSE and silhouette come in, take the suggested k. */
final class SweepView extends BorderPane {

    private final WorkbenchChart chart = new WorkbenchChart();

    SweepView(SegmentsViewModel model) {
        setId("segments-sweep");
        Spinner<Integer> from = SegmentsForm.spinner(2, io.sparkworkbench.engine.ml.segment.SegmentationRequest.MAX_K, model.sweepFromProperty());
        from.setId("sweep-from");
        Spinner<Integer> to = SegmentsForm.spinner(2, io.sparkworkbench.engine.ml.segment.SegmentationRequest.MAX_K, model.sweepToProperty());
        to.setId("sweep-to");
        Button run = new Button("Sweep");
        run.setId("sweep-run");
        run.disableProperty().bind(model.sweepAction().runningProperty().or(model.featureTableProperty().isNull()));
        run.setOnAction(e -> model.sweep());
        Button stop = new Button("Stop");
        stop.setId("sweep-stop");
        stop.disableProperty().bind(model.sweepAction().runningProperty().not());
        stop.setOnAction(e -> model.stopSweep());
        Button use = new Button("Use suggested k");
        use.setId("sweep-use");
        use.disableProperty().bind(model.suggestedKProperty().lessThan(2));
        use.setOnAction(e -> model.useSuggestedK());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(120);
        progress.visibleProperty().bind(model.sweepAction().runningProperty());
        Label status = new Label();
        status.setId("sweep-status");
        status.textProperty().bind(model.sweepAction().statusProperty());
        status.setMinWidth(0);
        HBox bar = new HBox(8, new Label("k from"), from, new Label("to"), to, run, stop, use, progress, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        setTop(bar);
        chart.setId("sweep-chart");
        chart.setPlaceholderText("Sweep k to chart WSSSE (look for the elbow) and silhouette (higher is better) for every k; "
                + "the sweep reuses the scaled features, fitting only K-Means per k");
        setCenter(chart);
        model.sweepPoints().addListener((javafx.collections.ListChangeListener<io.sparkworkbench.engine.ml.segment.SweepPoint>) c -> redraw(model));
        model.suggestedKProperty().addListener((obs, old, now) -> redraw(model));
        // Points of a running sweep are sampled once per frame, like every other progress in the window.
        AnimationTimer sampler = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.refreshSweep();
                progress.setProgress(model.sweepPoints().size()
                        / (double) Math.max(1, model.sweepToProperty().get() - model.sweepFromProperty().get() + 1));
            }
        };
        model.sweepAction().runningProperty().addListener((obs, was, running) -> {
            if (running) {
                progress.setProgress(0);
                sampler.start();
            } else {
                sampler.stop();
            }
        });
    }

    private void redraw(SegmentsViewModel model) {
        if (model.sweepPoints().isEmpty()) {
            chart.clear();
        } else {
            chart.setChart(SegmentCharts.sweep(model.sweepPoints(), model.suggestedKProperty().get()));
        }
    }

    void setDarkTheme(boolean dark) {
        chart.setDarkTheme(dark);
    }
}

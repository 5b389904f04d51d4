package io.sparkworkbench.ui.data;

import io.sparkworkbench.engine.datagen.TableProgress;
import io.sparkworkbench.ui.common.Columns;
import io.sparkworkbench.ui.common.Formats;
import io.sparkworkbench.ui.common.FrameSampler;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Data tab: the generation form with Generate/Stop and per-table progress, beside the open data set. */
public final class DataGenView extends SplitPane {

    private final DatasetView datasetView;

    public DataGenView(DataGenViewModel model) {
        Label title = new Label("Generate the e-commerce data set");
        title.getStyleClass().add("section-title");

        Button generate = new Button("Generate");
        generate.setId("gen-generate");
        generate.setDefaultButton(true);
        generate.disableProperty().bind(model.runningProperty().or(model.form().errorBinding().isNotEmpty()));
        generate.setOnAction(e -> model.generate());
        Button stop = new Button("Stop");
        stop.setId("gen-stop");
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(e -> model.stop());
        stop.getStyleClass().add("danger");

        ProgressBar overall = new ProgressBar(0);
        overall.setId("gen-progress");
        overall.progressProperty().bind(model.overallProgressProperty());
        overall.visibleProperty().bind(model.runningProperty());
        overall.setMaxWidth(Double.MAX_VALUE);
        Label status = new Label();
        status.setId("gen-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        TableView<TableProgress> progress = new TableView<>(model.progress());
        progress.setId("gen-progress-table");
        progress.setPlaceholder(new Label("Progress per table appears here while generating"));
        progress.getColumns().setAll(List.of(
                Columns.text("table", (TableProgress p) -> p.table().sqlName()),
                Columns.text("state", (TableProgress p) -> p.phase().name().toLowerCase(Locale.ROOT)),
                Columns.number("rows", TableProgress::rows, r -> r == 0 ? "" : Formats.count(r)),
                Columns.number("rows/s", TableProgress::rowsPerSecond, Formats::perSecond),
                Columns.number("seconds", TableProgress::seconds, s -> s == 0 ? "" : String.format("%.2f", s))));
        progress.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        VBox form = new VBox(10, title, new GenerationFormView(model.form()));
        form.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        // Generate, Stop and the run's status stay in view however small the window is.
        VBox actions = new VBox(8, new HBox(8, generate, stop), overall, status);
        actions.setPadding(new Insets(8, 10, 10, 10));
        actions.getStyleClass().add("form-actions");
        BorderPane left = new BorderPane(scroll);
        left.setBottom(actions);
        left.setMinWidth(340);

        datasetView = new DatasetView(model.dataset());
        datasetView.showWhileRunning(progress, model.runningProperty());
        getItems().addAll(left, datasetView);
        setDividerPositions(0.3);
        setId("datagen-view");

        FrameSampler sampler = new FrameSampler(100);
        sampler.add(model::refreshProgress);
        model.runningProperty().addListener((obs, was, now) -> {
            if (now) {
                sampler.start();
            } else {
                sampler.stop();
                model.refreshProgress();
            }
        });
    }

    public void setDarkTheme(boolean dark) {
        datasetView.chart().setDarkTheme(dark);
    }
}

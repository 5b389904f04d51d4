package io.sparkworkbench.ui.segments;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The left column of the tab: which features the model uses (and logs), k, iterations, seed, Train and Stop. */
final class SegmentsForm extends ScrollPane {

    private final GridPane featureGrid = new GridPane();

    SegmentsForm(SegmentsViewModel model) {
        setId("segments-form");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        Label featuresTitle = new Label("Features");
        featuresTitle.getStyleClass().add("form-section");
        featureGrid.setHgap(8);
        featureGrid.setVgap(3);
        model.features().addListener((javafx.collections.ListChangeListener<FeatureChoice>) change -> fillFeatures(model));
        fillFeatures(model);

        Spinner<Integer> k = spinner(2, io.sparkworkbench.engine.ml.segment.SegmentationRequest.MAX_K, model.kProperty());
        k.setId("segments-k");
        Spinner<Integer> iterations = spinner(1, 1000, model.maxIterationsProperty());
        iterations.setId("segments-iterations");
        TextField seed = new TextField();
        seed.setId("segments-seed");
        seed.setPrefColumnCount(6);
        seed.textProperty().bindBidirectional(model.seedProperty());
        GridPane params = new GridPane();
        params.setHgap(8);
        params.setVgap(4);
        params.addRow(0, new Label("k (segments)"), k);
        params.addRow(1, new Label("Max iterations"), iterations);
        params.addRow(2, new Label("Seed"), seed);

        Button train = new Button("Train");
        train.setId("segments-train");
        train.setDefaultButton(true);
        train.getStyleClass().add("accent");
        train.setTooltip(new Tooltip("Fit log → scale → K-Means (k-means||) → PCA in Spark, save it for this data set"));
        train.disableProperty().bind(model.modelAction().runningProperty().or(model.featureTableProperty().isNull()));
        train.setOnAction(e -> model.train());
        Button stop = new Button("Stop");
        stop.setId("segments-stop");
        stop.disableProperty().bind(model.modelAction().runningProperty().not());
        stop.setOnAction(e -> model.stop());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.modelAction().runningProperty());
        HBox buttons = new HBox(8, train, stop, busy);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("segments-status");
        status.setWrapText(true);
        status.textProperty().bind(model.modelAction().statusProperty());
        Label hint = new Label("Skewed counts and amounts are log-transformed (log1p) by default; every feature is then standardized.");
        hint.setWrapText(true);
        hint.getStyleClass().add("form-hint");

        VBox box = new VBox(8, featuresTitle, featureGrid, hint, params, buttons, status);
        box.setPadding(new Insets(10));
        box.setPrefWidth(270);
        setContent(box);
    }

    private void fillFeatures(SegmentsViewModel model) {
        featureGrid.getChildren().clear();
        Label use = new Label("use");
        Label log = new Label("log");
        use.getStyleClass().add("form-hint");
        log.getStyleClass().add("form-hint");
        featureGrid.addRow(0, use, log, new Label());
        int row = 1;
        for (FeatureChoice choice : model.features()) {
            CheckBox used = new CheckBox();
            used.setId("feature-use-" + choice.feature().column());
            used.selectedProperty().bindBidirectional(choice.usedProperty());
            CheckBox logged = new CheckBox();
            logged.setId("feature-log-" + choice.feature().column());
            logged.selectedProperty().bindBidirectional(choice.loggedProperty());
            logged.disableProperty().bind(choice.usedProperty().not());
            Label name = new Label(choice.feature().label());
            name.setTooltip(new Tooltip(choice.feature().column() + ": " + choice.feature().description()));
            featureGrid.addRow(row++, used, logged, name);
        }
        if (model.features().isEmpty()) {
            Label none = new Label("No features yet: open a data set with customers and orders.");
            none.setWrapText(true);
            none.getStyleClass().add("form-hint");
            featureGrid.add(none, 0, 1, 3, 1);
        }
    }

    static Spinner<Integer> spinner(int min, int max, javafx.beans.property.IntegerProperty value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value.get());
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                value.set(now);
            }
        });
        value.addListener((obs, old, now) -> spinner.getValueFactory().setValue(now.intValue()));
        return spinner;
    }
}
